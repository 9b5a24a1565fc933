package org.ziyuanku.web.api.v1.learning;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.ziyuanku.service.learning.CertificateService;
import org.ziyuanku.web.api.BadParameterException;

/**
 * {@code GET /api/v1/certificates/{code}}: anyone checks a certificate's code; a genuine one answers the name, the
 * course, the library and the date (nothing else about the person), a well-formed code that was never issued 404, a
 * malformed one 400.
 */
@Path("v1/certificates")
public class CertificateVerificationEndpoint {

    @EJB
    private CertificateService certificates;

    @GET
    @Path("{code}")
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    public CertificateDto verify(@PathParam("code") String code) {
        if (!CertificateService.isCode(code)) {
            throw new BadParameterException("code", String.valueOf(code), "learning.certificate.malformedCode");
        }
        return certificates.verify(code).map(CertificateDto::verified).orElseThrow(NotFoundException::new);
    }
}
