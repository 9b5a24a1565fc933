package org.ziyuanku.service.learning;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ziyuanku.service.learning.internal.LearningReportRepository;
import org.ziyuanku.service.system.NotificationCommand;
import org.ziyuanku.service.system.Notifier;
import org.ziyuanku.service.system.PageRoute;

/**
 * The weekly progress report (每周学习报告) for the batch job {@code weekly-progress-report}, not for pages: the
 * ACTIVE enrolments of running offerings in keyset pages, each one's summary, and sending. Sending is idempotent per
 * week and enrolment through {@code weekly_report_sent} (insert … on conflict do nothing, in the caller's
 * transaction), so the job may run on every cluster node, or twice, and each learner still gets one report a week.
 */
@Stateless
public class LearningReportService {

    static final String REPORT_KEY = "notification.learning.weeklyReport";

    @Inject
    private LearningReportRepository repository;

    @Inject
    private Notifier notifier;

    /** Up to {@code size} ids of ACTIVE enrolments in PUBLISHED offerings running today, after {@code afterId}. */
    public List<Long> weekOpenEnrolments(long afterId, int size) {
        return repository.openEnrolments(afterId, size);
    }

    /** The enrolment's summary for the week, or empty when it is no longer ACTIVE. */
    public Optional<WeeklyReportView> summary(long enrolmentId, LocalDate weekStart) {
        return repository.summary(enrolmentId, weekStart);
    }

    /**
     * Notifies each learner whose report of the week (starting on {@code weekStart}, a Monday) was not sent yet, and answers how many were sent. The marker row
     * and the notification commit together with the caller's transaction (the job's chunk).
     */
    public int send(List<WeeklyReportView> reports, LocalDate weekStart) {
        int sent = 0;
        for (WeeklyReportView report : reports) {
            if (repository.markSent(weekStart, report.enrolmentId())) {
                notifier.notify(new NotificationCommand(Set.of(report.learnerId()), REPORT_KEY, List.of(
                        report.offeringTitle(), Integer.toString(report.progress()),
                        Integer.toString(report.completed()), Integer.toString(report.items()),
                        Integer.toString(report.completedThisWeek())), new PageRoute("learning.course",
                        Map.of("offering", Long.toString(report.offeringId())))));
                sent++;
            }
        }
        return sent;
    }
}
