package org.ziyuanku.service.learning;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.ziyuanku.domain.learning.CourseCertificate;
import org.ziyuanku.infrastructure.certificate.CertificatePdf;
import org.ziyuanku.service.audit.AuditTarget;
import org.ziyuanku.service.audit.Audited;
import org.ziyuanku.service.identity.Caller;
import org.ziyuanku.service.learning.internal.CertificateIssuer;
import org.ziyuanku.service.learning.internal.CertificateRepository;
import org.ziyuanku.service.learning.internal.CourseCompletion;
import org.ziyuanku.service.system.AccessDeniedException;
import org.ziyuanku.service.teaching.TeachingAccess;

/**
 * Certificates of completed courses (结业证书, issue 16 item 5). A learner whose every visible item of an enrolled
 * offering is completed (the rule of {@link LearnerProgressService}) gets it at the beat that completes the last item
 * (issued and notified by {@code CertificateOnCompletion}), or asks for it; once per enrolment. It keeps their
 * name, the course and the library as they are then, and a random 16-character code. They list and download only
 * their own (anyone else's is 404). Anyone verifies a code: the name, course, library and date, nothing more.
 */
@Stateless
@PermitAll
public class CertificateService {

    private static final String BUNDLE = "org.ziyuanku.service.learning.certificate";

    @Inject
    private Caller caller;

    @Inject
    private TeachingAccess teaching;

    @Inject
    private CertificateRepository certificates;

    @Inject
    private CertificatePdf pdf;

    @Inject
    private CourseCompletion completion;

    @Inject
    private CertificateIssuer issuer;

    @EJB
    private LearnerProgressService progress;

    /**
     * Issues the caller's certificate of the offering, or answers the one issued before; the enrolment's row is locked
     * first, so that two requests, or a request and the completing beat, at the same moment issue one.
     *
     * @throws LearningRefusedException {@code notFound} when the caller is not enrolled, {@code incomplete} (409)
     *         while an item is not completed
     */
    @Audited(action = CertificateIssuer.ACTION)
    public CertificateView issue(@AuditTarget("offering:") long offeringId) {
        long learner = learner();
        long enrolment = teaching.activeEnrolment(offeringId, learner).orElseThrow(LearningAttemptService::notFound);
        certificates.lockEnrolment(enrolment);
        Optional<CourseCertificate> issued = certificates.ofEnrolment(enrolment);
        if (issued.isPresent()) {
            return view(issued.get());
        }
        CourseProgressView course = progress.course(offeringId);
        if (!completion.complete(enrolment, offeringId)) {
            throw new LearningRefusedException(LearningRefusedException.INCOMPLETE, course.title());
        }
        return view(issuer.issue(learner, enrolment, offeringId, course.title(), caller.displayName()));
    }

    /** The caller's certificates, newest first. */
    public List<CertificateView> mine() {
        return certificates.ofLearner(learner()).stream().map(CertificateService::view).toList();
    }

    /**
     * The PDF of the caller's certificate, its lines in the locale; {@code verifyUrl} is the public link to print.
     *
     * @throws LearningRefusedException {@code notFound} for an unknown id or another's certificate
     */
    public byte[] pdf(long certificateId, Locale locale, String verifyUrl) {
        long learner = learner();
        CourseCertificate c = certificates.find(certificateId).filter(x -> x.getLearnerId() == learner)
                .orElseThrow(LearningAttemptService::notFound);
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, locale);
        String date = c.getIssuedAt().toLocalDate().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale));
        return pdf.render(new CertificatePdf.Lines(texts.getString("title"),
                format(texts, "name", locale, c.getLearnerName()), format(texts, "body", locale, c.getCourseTitle()),
                format(texts, "library", locale, c.getLibraryName()), format(texts, "date", locale, date),
                format(texts, "verification", locale, c.getCode(), verifyUrl)));
    }

    /** The certificate with the code, for anyone (no ids). */
    public Optional<CertificateView> verify(String code) {
        return certificates.byCode(code).map(c -> new CertificateView(0, 0, c.getCode(), c.getLearnerName(),
                c.getCourseTitle(), c.getLibraryName(), c.getIssuedAt().toLocalDate()));
    }

    /** Whether the text has the form of a code (16 of the code's letters and digits). */
    public static boolean isCode(String text) {
        return text != null && text.length() == CourseCertificate.CODE_LENGTH
                && text.chars().allMatch(ch -> CertificateIssuer.ALPHABET.indexOf(ch) >= 0);
    }

    private static String format(ResourceBundle texts, String key, Locale locale, Object... args) {
        return new MessageFormat(texts.getString(key), locale).format(args);
    }

    private static CertificateView view(CourseCertificate c) {
        return new CertificateView(c.getId(), c.getOfferingId(), c.getCode(), c.getLearnerName(), c.getCourseTitle(),
                c.getLibraryName(), c.getIssuedAt().toLocalDate());
    }

    private long learner() {
        if (caller.isAnonymous()) {
            throw new AccessDeniedException("certificates need an account");
        }
        return caller.accountId();
    }
}
