package org.ziyuanku.web.api.v1.learning;

import org.ziyuanku.service.learning.CertificateView;

/** A certificate of a completed course: ids (owner only), code, name, course, library, date and its links. */
public record CertificateDto(Long id, Long offeringId, String code, String learnerName, String courseTitle,
        String libraryName, String issuedOn, String pdf, String verify) {

    static CertificateDto mine(CertificateView v) {
        return new CertificateDto(v.id(), v.offeringId(), v.code(), v.learnerName(), v.courseTitle(),
                v.libraryName(), v.issuedOn().toString(), "/api/v1/me/certificates/" + v.id() + "/pdf",
                "/api/v1/certificates/" + v.code());
    }

    static CertificateDto verified(CertificateView v) {
        return new CertificateDto(null, null, v.code(), v.learnerName(), v.courseTitle(), v.libraryName(),
                v.issuedOn().toString(), null, "/api/v1/certificates/" + v.code());
    }
}
