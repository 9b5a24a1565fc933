package org.ziyuanku.service.learning.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ziyuanku.domain.learning.CourseCertificate;
import org.ziyuanku.service.learning.LearningCredited;
import org.ziyuanku.service.system.NotificationCommand;
import org.ziyuanku.service.system.Notifier;
import org.ziyuanku.service.system.PageRoute;
import org.ziyuanku.service.teaching.EnrolledOffering;
import org.ziyuanku.service.teaching.TeachingAccess;

/**
 * Issues the certificate of completion (结业证书) when a beat completes an item and with it the learner's last
 * incomplete item of an enrolled offering, inside that beat's transaction, and notifies the learner with a link to
 * their learning archive; audited as CERTIFICATE_ISSUE. Once per enrolment: nothing when the certificate exists (asked
 * for before, or issued at an earlier completion). The enrolment's row is locked before it looks, so a request for the
 * certificate (or another beat) at the same moment waits and then finds this one, instead of failing on the key.
 */
@ApplicationScoped
public class CertificateOnCompletion {

    static final String NOTIFICATION = "notification.learning.certificateIssued";

    @Inject
    private TeachingAccess teaching;

    @Inject
    private CertificateRepository certificates;

    @Inject
    private CourseCompletion completion;

    @Inject
    private CertificateIssuer issuer;

    @Inject
    private Notifier notifier;

    void credited(@Observes LearningCredited credited) {
        if (!credited.completed()) {
            return;
        }
        certificates.offeringOfNode(credited.offeringNodeId())
                .flatMap(offering -> teaching.enrolledOfferings(credited.learnerId()).stream()
                        .filter(e -> e.offeringId() == offering).findFirst())
                .filter(this::due)
                .ifPresent(e -> issue(credited.learnerId(), e));
    }

    /** Whether the enrolment is complete and has no certificate yet, looked at with its row locked. */
    private boolean due(EnrolledOffering enrolment) {
        certificates.lockEnrolment(enrolment.enrolmentId());
        return certificates.ofEnrolment(enrolment.enrolmentId()).isEmpty()
                && completion.complete(enrolment.enrolmentId(), enrolment.offeringId());
    }

    private void issue(long learnerId, EnrolledOffering enrolment) {
        CourseCertificate certificate = issuer.issueOnCompletion(learnerId, enrolment.enrolmentId(),
                enrolment.offeringId(), enrolment.title());
        notifier.notify(new NotificationCommand(Set.of(learnerId), NOTIFICATION, List.of(certificate.getCourseTitle(),
                certificate.getCode()), new PageRoute("learning.archive", Map.of())));
    }
}
