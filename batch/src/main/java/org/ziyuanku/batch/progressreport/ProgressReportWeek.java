package org.ziyuanku.batch.progressreport;

import java.time.LocalDate;
import org.ziyuanku.service.learning.LearningReportService;

/** The week a run reports on: the job parameter {@code week} (an ISO date, moved to its Monday) or this week. */
final class ProgressReportWeek {

    private ProgressReportWeek() {
    }

    static LocalDate of(String week) {
        LocalDate day = week == null || week.isBlank() ? LocalDate.now() : LocalDate.parse(week.strip());
        return LearningReportService.weekStart(day);
    }
}
