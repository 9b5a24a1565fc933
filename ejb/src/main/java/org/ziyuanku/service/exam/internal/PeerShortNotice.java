package org.ziyuanku.service.exam.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.ziyuanku.service.exam.ExamView;
import org.ziyuanku.service.system.NotificationCommand;
import org.ziyuanku.service.system.Notifier;
import org.ziyuanku.service.system.PageRoute;
import org.ziyuanku.service.system.Recipients;
import org.ziyuanku.service.teaching.TeachingAccess;

/**
 * Tells an exam's teachers (the offering's owner and the TEACHERs of its class) that a learner's answers found too few
 * peer reviewers after the hand-out and wait for their grading, linking to the exam on their exams page.
 */
@ApplicationScoped
public class PeerShortNotice {

    static final String KEY = "notification.exam.peerShort";

    @Inject
    private TeachingAccess teaching;

    @Inject
    private Recipients accounts;

    @Inject
    private Notifier notifier;

    /** Tells the exam's teachers that the learner's answers have only {@code reviewers} of the N reviewers. */
    public void tell(ExamView exam, long learnerId, int reviewers) {
        String learner = accounts.withIds(List.of(learnerId)).stream().findFirst()
                .map(Recipients.Recipient::shownName)
                .orElse("");
        notifier.notify(new NotificationCommand(new HashSet<>(teaching.teachers(exam.offeringId(), exam.classId())),
                KEY, List.of(exam.title(), learner, Integer.toString(reviewers),
                        Integer.toString(exam.peerReviewers())),
                new PageRoute("teaching.exams", Map.of("offering", Long.toString(exam.offeringId()), "exam",
                        Long.toString(exam.id())))));
    }
}
