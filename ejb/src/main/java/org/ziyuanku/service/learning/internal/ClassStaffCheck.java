package org.ziyuanku.service.learning.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ziyuanku.service.identity.Caller;
import org.ziyuanku.service.learning.ClassNotFoundException;
import org.ziyuanku.service.learning.internal.ClassStatisticsRepository.ClassHead;
import org.ziyuanku.service.system.AccessDeniedException;
import org.ziyuanku.service.teaching.TeachingAccess;

/**
 * Who may manage a class's learners (statistics, messages, reminders): its staff, teachers and assistants (助教),
 * and the owner of its offering, as teaching answers it ({@link TeachingAccess#visibleClassIds}).
 */
@ApplicationScoped
public class ClassStaffCheck {

    @Inject
    private Caller caller;

    @Inject
    private TeachingAccess teaching;

    @Inject
    private ClassStatisticsRepository repository;

    /**
     * The class when the caller is on its staff or owns its offering.
     *
     * @throws ClassNotFoundException when there is no such class
     * @throws AccessDeniedException otherwise
     */
    public ClassHead visibleClass(long classId) {
        ClassHead head = repository.head(classId).orElseThrow(() -> new ClassNotFoundException(classId));
        Long account = caller.accountId();
        if (account == null || !teaching.visibleClassIds(head.offeringId(), account).contains(classId)) {
            throw new AccessDeniedException("not staff of class " + classId);
        }
        return head;
    }
}
