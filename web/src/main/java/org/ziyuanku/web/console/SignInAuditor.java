package org.ziyuanku.web.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.ziyuanku.domain.audit.AuditOutcome;
import org.ziyuanku.service.audit.ActionAuditor;

/** Writes the web tier's security events (sign-in to a console, sign-out) to the audit trail. */
@ApplicationScoped
public class SignInAuditor {

    @Inject
    private ActionAuditor auditor;

    /** Records an action of the signed-in user of this session; the user agent goes into the detail. */
    public void record(HttpServletRequest request, UserSession user, String action, String target) {
        auditor.record(user.getUsername(), user::has, "platform", action, target, AuditOutcome.SUCCESS,
                request.getHeader("User-Agent"));
    }
}
