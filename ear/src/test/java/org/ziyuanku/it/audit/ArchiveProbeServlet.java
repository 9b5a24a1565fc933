package org.ziyuanku.it.audit;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.ziyuanku.service.audit.AuditArchiveJobs;
import org.ziyuanku.service.audit.AuditTrailService;
import org.ziyuanku.service.audit.AuditVerification;

/**
 * Test-only (added to the WAR by {@code AuditArchiveIT}): {@code POST /it/archive?now=<ISO date-time>} runs the
 * audit-archive job with that clock and answers its final batch status; {@code GET /it/archive} answers the chain
 * verification as {@code checked firstBrokenId} ("-" when intact).
 */
@WebServlet("/it/archive")
public class ArchiveProbeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int POLLS = 480;

    @EJB
    private AuditTrailService auditTrail;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            AuditArchiveJobs jobs = InitialContext.doLookup(AuditArchiveJobs.JNDI_NAME);
            long execution = jobs.start(request.getParameter("now"));
            String status = jobs.status(execution);
            for (int i = 0; i < POLLS && ("STARTING".equals(status) || "STARTED".equals(status)); i++) {
                Thread.sleep(250);
                status = jobs.status(execution);
            }
            response.setContentType("text/plain");
            response.getWriter().write(status);
        } catch (NamingException e) {
            throw new IOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AuditVerification verification = auditTrail.verify();
        response.setContentType("text/plain");
        response.getWriter().write(verification.checked() + " "
                + (verification.firstBrokenId() == null ? "-" : verification.firstBrokenId()));
    }
}
