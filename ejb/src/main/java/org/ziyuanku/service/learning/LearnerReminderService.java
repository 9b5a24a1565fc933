package org.ziyuanku.service.learning;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ziyuanku.service.audit.AuditScope;
import org.ziyuanku.service.audit.AuditTarget;
import org.ziyuanku.service.audit.Audited;
import org.ziyuanku.service.audit.AuditedCall;
import org.ziyuanku.service.identity.Caller;
import org.ziyuanku.service.learning.internal.ClassStaffCheck;
import org.ziyuanku.service.learning.internal.ClassStatisticsRepository;
import org.ziyuanku.service.learning.internal.ClassStatisticsRepository.ClassHead;
import org.ziyuanku.service.review.ScreenedText;
import org.ziyuanku.service.review.SensitiveWordBlockedException;
import org.ziyuanku.service.review.SensitiveWordScreening;
import org.ziyuanku.service.system.AccessDeniedException;
import org.ziyuanku.service.system.NotificationCommand;
import org.ziyuanku.service.system.Notifier;
import org.ziyuanku.service.system.PageRoute;

/**
 * Messages and reminders to a class (班级通知与督学提醒; runs in the OIDC virtual security domain), sent through the
 * platform's notifications (inbox and e-mail after commit), each pointing to the learner's course page (route
 * {@code learning.course}). Teachers, assistants (助教) and the offering's owner may send them; every send and every
 * refusal is audited.
 */
@Stateless
@PermitAll
public class LearnerReminderService {

    /** The longest message to a class, in characters. */
    public static final int MAX_TEXT = 1000;
    static final String MESSAGE_KEY = "notification.learning.classMessage";
    static final String REMINDER_KEY = "notification.learning.behindReminder";

    @Inject
    private Caller caller;

    @Inject
    private ClassStaffCheck staff;

    @Inject
    private ClassStatisticsRepository repository;

    @Inject
    private SensitiveWordScreening screening;

    @Inject
    private Notifier notifier;

    @Inject
    private AuditedCall audited;

    /**
     * Sends the text to every ACTIVE learner of the class and answers how many were notified. The text passes the
     * sensitive-word screen first. Audited as {@code CLASS_MESSAGE}.
     *
     * @throws ClassMessageRefusedException {@code learning.message.textRequired} or {@code learning.message.tooLong}
     * @throws SensitiveWordBlockedException naming the blocked words; nothing is sent
     * @throws ClassNotFoundException when there is no such class
     * @throws AccessDeniedException when the caller is not staff of the class
     */
    @Audited(action = "CLASS_MESSAGE")
    public int messageClass(@AuditScope("class:") @AuditTarget("class:") long classId, String text) {
        ClassHead head = staff.visibleClass(classId);
        String message = text == null ? "" : text.strip();
        if (message.isEmpty()) {
            throw new ClassMessageRefusedException("learning.message.textRequired");
        }
        if (message.length() > MAX_TEXT) {
            throw new ClassMessageRefusedException("learning.message.tooLong", Integer.toString(MAX_TEXT));
        }
        screening.refuseBlocked(List.of(new ScreenedText("message", message)));
        Set<Long> learners = new HashSet<>(repository.activeLearners(classId));
        notifier.notify(new NotificationCommand(learners, MESSAGE_KEY, List.of(head.className(), caller.displayName(),
                message), course(head)));
        audited.detail("learners=" + learners.size());
        return learners.size();
    }

    /**
     * Reminds the learners of the class who are behind schedule (an item whose due date has passed is incomplete)
     * and answers how many were reminded. Audited as {@code CLASS_REMINDER}.
     *
     * @throws ClassNotFoundException when there is no such class
     * @throws AccessDeniedException when the caller is not staff of the class
     */
    @Audited(action = "CLASS_REMINDER")
    public int remindBehind(@AuditScope("class:") @AuditTarget("class:") long classId) {
        ClassHead head = staff.visibleClass(classId);
        ClassStatisticsView statistics = repository.statistics(head);
        for (LearnerStatisticsView learner : statistics.behind()) {
            notifier.notify(new NotificationCommand(Set.of(learner.learnerId()), REMINDER_KEY, List.of(
                    head.className(), head.offeringTitle(), Integer.toString(learner.progress())), course(head)));
        }
        audited.detail("learners=" + statistics.behind().size());
        return statistics.behind().size();
    }

    /** The learner's course page of the offering. */
    static PageRoute course(ClassHead head) {
        return new PageRoute("learning.course", Map.of("offering", Long.toString(head.offeringId())));
    }
}
