package org.ziyuanku.web.console;

import org.ziyuanku.domain.identity.PlatformRole;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import java.util.stream.Collectors;
import org.ziyuanku.domain.audit.AuditFacts;
import org.ziyuanku.domain.audit.AuditOutcome;
import org.ziyuanku.service.audit.AuditTrailService;

/** Writes the web tier's security events (sign-in to a console, sign-out) to the audit trail. */
@ApplicationScoped
public class SignInAuditor {

    @EJB
    private AuditTrailService auditTrail;

    /** Records an action of the signed-in user of this session, with the request's source address. */
    public void record(HttpServletRequest request, UserSession user, String action, String target) {
        String roles = user.getRoles().stream().map(PlatformRole::roleName).collect(Collectors.joining(","));
        auditTrail.record(new AuditFacts(user.getUsername(), roles, "platform", request.getRemoteAddr(), action, target,
                AuditOutcome.SUCCESS, request.getHeader("User-Agent")));
    }
}
