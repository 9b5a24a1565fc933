package org.ziyuanku.service.learning.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.Optional;
import org.ziyuanku.domain.learning.CourseCertificate;
import org.ziyuanku.service.audit.AuditTarget;
import org.ziyuanku.service.audit.Audited;
import org.ziyuanku.service.audit.AuditedCall;

/**
 * Makes a certificate of a completed enrolment: the learner's (real) name, the course title and the library's name as
 * they are now, and a random 16-character code of {@link #ALPHABET}. At most one per enrolment (the table's key):
 * callers lock the enrolment ({@link CertificateRepository#lockEnrolment}) and look for its certificate first.
 */
@ApplicationScoped
public class CertificateIssuer {

    /** The letters and digits of a code: no I, O, 0 or 1, which are easily confused. */
    public static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The audit action of an issue, asked for or at completion. */
    public static final String ACTION = "CERTIFICATE_ISSUE";

    @Inject
    private CertificateRepository certificates;

    @Inject
    private AuditedCall audited;

    /** Stores the certificate; {@code fallbackName} when the account has neither a real nor a display name. */
    public CourseCertificate issue(long learnerId, long enrolmentId, long offeringId, String courseTitle,
            String fallbackName) {
        String name = Optional.ofNullable(certificates.nameOf(learnerId)).orElse(fallbackName);
        CourseCertificate certificate = new CourseCertificate(newCode(), enrolmentId, learnerId, offeringId, name,
                courseTitle, certificates.libraryOfOffering(offeringId));
        certificates.add(certificate);
        return certificate;
    }

    /** Issues the certificate at the beat that completes the course, audited as an asked-for one (the learner acts). */
    @Audited(action = ACTION)
    public CourseCertificate issueOnCompletion(long learnerId, long enrolmentId,
            @AuditTarget("offering:") long offeringId, String courseTitle) {
        CourseCertificate certificate = issue(learnerId, enrolmentId, offeringId, courseTitle, "");
        audited.detail("on completion: enrolment=" + enrolmentId + " certificate=" + certificate.getId());
        return certificate;
    }

    private static String newCode() {
        StringBuilder code = new StringBuilder(CourseCertificate.CODE_LENGTH);
        for (int i = 0; i < CourseCertificate.CODE_LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }
}
