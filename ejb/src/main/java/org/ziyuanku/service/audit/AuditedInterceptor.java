package org.ziyuanku.service.audit;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.io.Serializable;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.ziyuanku.domain.audit.AuditFacts;
import org.ziyuanku.domain.audit.AuditOutcome;
import org.ziyuanku.service.audit.AuditedCall.Frame;
import org.ziyuanku.service.system.AccessDeniedException;
import org.ziyuanku.service.system.CurrentCaller;
import org.ziyuanku.service.system.RefusedException;

/**
 * Audits every {@link Audited} service method: SUCCESS when it returns (one record, or one per item it named), DENIED
 * when it throws {@link AccessDeniedException} or a {@link RefusedException} that denies the caller (kind FORBIDDEN,
 * or something that exists answered as not found), FAILURE for any other
 * exception (rethrown) or when the method said {@link AuditedCall#failed}. Refusals and failures are written in a
 * transaction of their own, so they outlive the rollback; successes within the method's transaction, at the end of
 * the outermost audited call of that transaction, so they commit with the business data. An exception an inner
 * audited call recorded is not recorded again by the calls it passes through.
 */
@Audited
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class AuditedInterceptor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ActionAuditor auditor;

    @Inject
    private AuditedCall calls;

    @Inject
    private CurrentCaller current;

    @AroundInvoke
    public Object audit(InvocationContext invocation) throws Exception {
        Audited audited = invocation.getMethod().getAnnotation(Audited.class);
        if (audited == null) {
            return invocation.proceed();
        }
        Frame frame = calls.open(audited, argument(invocation, AuditScope.class, audited.scope()),
                argument(invocation, AuditTarget.class, audited.target()), auditor.transactionKey());
        try {
            Object result = invocation.proceed();
            ended(frame);
            return result;
        } catch (Exception e) {
            refused(frame, e);
            throw e;
        } finally {
            calls.close(frame);
        }
    }

    private void ended(Frame frame) {
        Caller caller = caller();
        List<AuditFacts> successes = new ArrayList<>(frame.pending);
        if (records(frame, AuditOutcome.SUCCESS)) {
            if (frame.items.isEmpty() && frame.failure == null) {
                successes.add(facts(caller, frame, frame.scope, frame.target, AuditOutcome.SUCCESS, frame.detail));
            }
            frame.items.forEach(i -> successes.add(facts(caller, frame, i.scope(), i.target(), AuditOutcome.SUCCESS,
                    i.detail())));
        }
        if (frame.failure != null && records(frame, AuditOutcome.FAILURE)) {
            auditor.recordApart(facts(caller, frame, frame.scope, frame.target, AuditOutcome.FAILURE, frame.failure));
        }
        Frame outer = calls.enclosingInSameTransaction(frame);
        if (outer != null) {
            outer.pending.addAll(successes);
        } else {
            auditor.recordWithin(successes);
        }
    }

    private void refused(Frame frame, Exception e) {
        Frame outer = calls.enclosingInSameTransaction(frame);
        if (outer != null) {
            outer.pending.addAll(frame.pending);
        }
        AuditOutcome outcome = outcomeOf(e);
        if (calls.alreadyRecorded(e) || !records(frame, outcome)) {
            return;
        }
        auditor.recordApart(facts(caller(), frame, frame.scope, frame.target, outcome, detailOf(e)));
        calls.recorded(e);
    }

    private AuditFacts facts(Caller caller, Frame frame, String scope, String target, AuditOutcome outcome,
            String detail) {
        return auditor.facts(caller.name(), caller.holdsRole(), scope, frame.action, target, outcome, detail);
    }

    private static boolean records(Frame frame, AuditOutcome outcome) {
        return Arrays.asList(frame.audited.outcomes()).contains(outcome);
    }

    /** DENIED for a refusal of the caller's rights, FAILURE for anything else; wrapped exceptions are looked into. */
    static AuditOutcome outcomeOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof AccessDeniedException) {
                return AuditOutcome.DENIED;
            }
            if (t instanceof RefusedException refusal) {
                return refusal.deniesCaller() ? AuditOutcome.DENIED : AuditOutcome.FAILURE;
            }
        }
        return AuditOutcome.FAILURE;
    }

    /** The refusal's reason key, the denial's message, or the exception's type. */
    static String detailOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof AccessDeniedException) {
                return t.getMessage();
            }
            if (t instanceof RefusedException refusal) {
                return refusal.getReasonKey();
            }
        }
        return e.getClass().getSimpleName();
    }

    private static String argument(InvocationContext invocation, Class<? extends Annotation> marker,
            String otherwise) {
        Annotation[][] annotations = invocation.getMethod().getParameterAnnotations();
        Object[] arguments = invocation.getParameters();
        for (int i = 0; i < annotations.length; i++) {
            for (Annotation a : annotations[i]) {
                if (marker == AuditScope.class && a instanceof AuditScope scope) {
                    return scope.value() + arguments[i];
                }
                if (marker == AuditTarget.class && a instanceof AuditTarget target) {
                    return target.value() + arguments[i];
                }
            }
        }
        return otherwise;
    }

    /** Who calls, and which roles they hold: the request's caller, as identity established it once. */
    private Caller caller() {
        return new Caller(current.username(), current::holdsRole);
    }

    /** The caller's name and a test for realm role names. */
    private record Caller(String name, Predicate<String> holdsRole) {
    }
}
