package org.ziyuanku.web.api.v1.learning;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import org.ziyuanku.service.learning.CertificateService;
import org.ziyuanku.service.learning.CertificateView;
import org.ziyuanku.web.api.ApiLocale;
import org.ziyuanku.web.api.BadParameterException;
import org.ziyuanku.web.api.QueryParameters;

/**
 * The caller's certificates of completed courses (结业证书): {@code GET /api/v1/me/certificates}, {@code POST} with
 * {@code {"offeringId":…}} to have one issued (201; 409 while the course is not complete, 404 when not enrolled), and
 * {@code GET …/{id}/pdf} (another's is 404). 401 without an account.
 */
@Path("v1/me/certificates")
public class MyCertificateEndpoint {

    private static final String JSON = MediaType.APPLICATION_JSON + ";charset=UTF-8";

    /** The body of a request for a certificate. */
    public record IssueBody(Long offeringId) {
    }

    @EJB
    private CertificateService certificates;

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uri;

    @GET
    @Produces(JSON)
    public List<CertificateDto> mine() {
        return certificates.mine().stream().map(CertificateDto::mine).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(JSON)
    public Response issue(IssueBody body) {
        if (body == null || body.offeringId() == null) {
            throw new BadParameterException("offeringId", "", "api.error.required");
        }
        CertificateView issued = certificates.issue(body.offeringId());
        return Response.status(Response.Status.CREATED).entity(CertificateDto.mine(issued)).build();
    }

    @GET
    @Path("{id: \\d+}/pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("id") String id) {
        long certificate = QueryParameters.pathId(id);
        Locale locale = ApiLocale.of(headers);
        String code = certificates.mine().stream().filter(c -> c.id() == certificate).findFirst()
                .map(CertificateView::code).orElse("");
        // the human verification page (portal/learning/certificate.xhtml), beside the API's base …/api/
        String verifyUrl = uri.getBaseUri().resolve("../portal/learning/certificate.xhtml?code=" + code).toString();
        byte[] bytes = certificates.pdf(certificate, locale, verifyUrl);
        return Response.ok(bytes, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"certificate-" + certificate + ".pdf\"").build();
    }
}
