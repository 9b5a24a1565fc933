package org.ziyuanku.web.api.v1.audit;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.ziyuanku.service.audit.AuditTrailService;
import org.ziyuanku.service.audit.AuditVerification;

/**
 * {@code GET /api/v1/audit/verification}: whether the audit chain is intact, and the first broken record if not.
 * Only the audit administrator may call it (web.xml security constraint).
 */
@Path("v1/audit/verification")
public class AuditVerificationEndpoint {

    @EJB
    private AuditTrailService auditTrail;

    @GET
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    public AuditVerificationDto verify() {
        AuditVerification result = auditTrail.verify();
        return new AuditVerificationDto(result.isIntact(), result.checked(), result.firstBrokenId());
    }
}
