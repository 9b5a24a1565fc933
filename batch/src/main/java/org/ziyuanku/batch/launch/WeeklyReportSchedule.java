package org.ziyuanku.batch.launch;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import java.time.LocalTime;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * Starts the weekly-progress-report job every Monday on each node at {@code zyk.weekly-report.at} (environment
 * {@code ZYK_WEEKLY_REPORT_AT}, {@code HH:mm}, default 07:00). Each report is sent once per learner and week
 * ({@code weekly_report_sent}), so the other nodes' runs find nothing left to send.
 */
@Singleton
@Startup
public class WeeklyReportSchedule {

    static final LocalTime DEFAULT_AT = LocalTime.of(7, 0);
    private static final Logger LOG = Logger.getLogger(WeeklyReportSchedule.class.getName());

    @Resource
    private TimerService timers;

    @PostConstruct
    void schedule() {
        LocalTime at = BackupSchedule.at(System.getProperty("zyk.weekly-report.at",
                System.getenv("ZYK_WEEKLY_REPORT_AT")), DEFAULT_AT);
        timers.createCalendarTimer(new ScheduleExpression().dayOfWeek("Mon").hour(at.getHour()).minute(at.getMinute())
                .second(0), new TimerConfig("weekly-progress-report", false));
        LOG.info(() -> "Weekly progress reports scheduled on Mondays at " + at);
    }

    @Timeout
    void weekly() {
        BatchRuntime.getJobOperator().start(WeeklyReportJobStarter.JOB, new Properties());
    }
}
