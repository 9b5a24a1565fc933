package org.ziyuanku.service.audit;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.ziyuanku.domain.audit.AuditOutcome;

/**
 * Audits a service method (安全审计): {@link AuditedInterceptor} records how each call ended, SUCCESS, DENIED
 * ({@code AccessDeniedException}, or a refusal of kind FORBIDDEN) or FAILURE (any other exception, or
 * {@link AuditedCall#failed}), with the caller, the scope and the target, into the audit chain. Scope and target come
 * from the parameters marked {@link AuditScope} and {@link AuditTarget}, or from what the method tells
 * {@link AuditedCall} once it knows them.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Audited {

    /** The record's action, e.g. {@code ROLE_GRANT}; {@link AuditedCall#action} may name a more precise one. */
    @Nonbinding
    String action() default "";

    /** The scope when no parameter or call names one. */
    @Nonbinding
    String scope() default "platform";

    /** The target when no parameter or call names one. */
    @Nonbinding
    String target() default "";

    /** The outcomes recorded; reads record only their refusals ({@code outcomes = DENIED}). */
    @Nonbinding
    AuditOutcome[] outcomes() default {AuditOutcome.SUCCESS, AuditOutcome.DENIED, AuditOutcome.FAILURE};
}
