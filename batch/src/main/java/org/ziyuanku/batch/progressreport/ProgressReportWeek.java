package org.ziyuanku.batch.progressreport;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** The week a run reports on: the job parameter {@code week} (an ISO date, moved to the Monday of its week) or this week. */
final class ProgressReportWeek {

    private ProgressReportWeek() {
    }

    static LocalDate of(String week) {
        LocalDate day = week == null || week.isBlank() ? LocalDate.now() : LocalDate.parse(week.strip());
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
