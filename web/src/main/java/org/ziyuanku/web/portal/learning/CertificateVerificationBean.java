package org.ziyuanku.web.portal.learning;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import org.ziyuanku.service.learning.CertificateService;
import org.ziyuanku.service.learning.CertificateView;

/**
 * The verification page of a certificate of completion (portal/learning/certificate.xhtml?code=…), the link printed
 * on the PDF, for anybody: a genuine code shows the holder's name, the course, the library and the date as valid;
 * an unknown or malformed code shows that no certificate has it, with status 404.
 */
@Named
@RequestScoped
public class CertificateVerificationBean {

    private static final int NOT_FOUND = 404;

    @EJB
    private CertificateService certificates;

    private String code;
    private CertificateView certificate;

    public void load() {
        String wanted = code == null ? "" : code.strip();
        certificate = CertificateService.isCode(wanted) ? certificates.verify(wanted).orElse(null) : null;
        if (certificate == null) {
            Faces.setResponseStatus(NOT_FOUND);
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public CertificateView getCertificate() {
        return certificate;
    }
}
