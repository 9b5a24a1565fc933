package org.ziyuanku.domain.audit;

import java.util.Objects;

/** What an audit record says, before it is chained: blanks become "-" so every field is present. */
public record AuditFacts(String actor, String actorRoles, String scope, String sourceIp, String action, String target,
        AuditOutcome outcome, String detail) {

    public AuditFacts {
        actor = orDash(actor, 128);
        actorRoles = orDash(actorRoles, 512);
        scope = orDash(scope, 128);
        sourceIp = orDash(sourceIp, 64);
        action = orDash(action, 64);
        target = orDash(target, 256);
        outcome = Objects.requireNonNull(outcome, "outcome");
        detail = orDash(detail, 2000);
    }

    /** What the platform itself did (a scheduled job, no caller): actor "system", scope "platform", no address. */
    public static AuditFacts system(String action, String target, AuditOutcome outcome, String detail) {
        return new AuditFacts("system", "", "platform", "-", action, target, outcome, detail);
    }

    private static String orDash(String value, int max) {
        String text = value == null || value.isBlank() ? "-" : value.strip();
        return text.length() > max ? text.substring(0, max) : text;
    }
}
