package org.ziyuanku.service.learning;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import org.ziyuanku.domain.learning.XapiVerb;
import org.ziyuanku.service.identity.Caller;
import org.ziyuanku.service.learning.internal.LearningStatementRepository;
import org.ziyuanku.service.system.AccessDeniedException;
import org.ziyuanku.service.teaching.EnrolmentChanged;

/**
 * The activity stream (xAPI-shaped 学习记录): a learner reads their own statements; enrolling and leaving are recorded
 * by observing teaching's {@link EnrolmentChanged} inside its transaction.
 */
@Stateless
@PermitAll
public class LearningStatementService {

    /** The most statements one read answers. */
    public static final int MAX = 200;

    @Inject
    private Caller caller;

    @Inject
    private LearningStatementRepository statements;

    /** The caller's statements, newest first, at most {@code max} (1–{@value #MAX}). */
    public List<StatementView> mine(int max) {
        if (caller.isAnonymous()) {
            throw new AccessDeniedException("statements need an account");
        }
        return statements.ofActor(caller.accountId(), Math.max(1, Math.min(MAX, max)));
    }

    /** Records {@code enrolled} or {@code left} for the learner, with the class as object. */
    public void enrolmentChanged(@Observes EnrolmentChanged change) {
        XapiVerb verb = "left".equals(change.verb()) ? XapiVerb.LEFT : XapiVerb.ENROLLED;
        statements.add(change.learnerId(), verb, "CLASS", change.classId(), change.offeringId(), change.classId(),
                null, change.actorId() == change.learnerId() ? null
                        : "{\"extensions\":{\"https://ziyuanku.org/xapi/by-account\":" + change.actorId() + "}}");
    }
}
