package org.ziyuanku.service.teaching.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ziyuanku.domain.teaching.ClassAnswer;
import org.ziyuanku.domain.teaching.ClassQuestion;
import org.ziyuanku.domain.teaching.ClassStaff;
import org.ziyuanku.domain.teaching.CourseClass;
import org.ziyuanku.domain.teaching.CourseOffering;
import org.ziyuanku.service.system.NotificationCommand;
import org.ziyuanku.service.system.Notifier;
import org.ziyuanku.service.system.PageRoute;

/**
 * Tells the people of a class question what happened, linking to the question's page: its staff (the class's
 * teachers and assistants, and the offering's owner) of a new question, the asker of an answer. Held text tells no
 * one until staff approve it.
 */
@ApplicationScoped
public class QuestionNotices {

    static final String ASKED = "notification.teaching.questionAsked";
    static final String ANSWERED = "notification.teaching.questionAnswered";

    @Inject
    private ClassRepository classes;

    @Inject
    private OfferingRepository offerings;

    @Inject
    private DiscussionViews views;

    @Inject
    private Notifier notifier;

    /** Tells the class's staff that the question was asked. */
    public void asked(ClassQuestion question) {
        Set<Long> staff = new HashSet<>(classes.staff(question.getClassId()).stream().map(ClassStaff::getAccountId)
                .toList());
        offerings.find(question.getOfferingId()).map(CourseOffering::getOwnerId).ifPresent(staff::add);
        staff.remove(question.getAskerId());
        String className = classes.find(question.getClassId()).map(CourseClass::getName).orElse("");
        notifier.notify(new NotificationCommand(staff, ASKED, List.of(name(question.getAskerId()),
                question.getTitle(), className), page(question)));
    }

    /** Tells the asker that the question was answered (unless the asker answered it). */
    public void answered(ClassQuestion question, ClassAnswer answer) {
        if (answer.getAuthorId() != question.getAskerId()) {
            notifier.notify(new NotificationCommand(Set.of(question.getAskerId()), ANSWERED,
                    List.of(name(answer.getAuthorId()), question.getTitle()), page(question)));
        }
    }

    private String name(long accountId) {
        return views.names(List.of(accountId)).getOrDefault(accountId, "");
    }

    private static PageRoute page(ClassQuestion question) {
        return new PageRoute("teaching.question", Map.of("question", Long.toString(question.getId())));
    }
}
