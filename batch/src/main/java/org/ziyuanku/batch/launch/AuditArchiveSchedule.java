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
 * Starts the audit-archive job every night on each node at {@code zyk.archive.at} (environment
 * {@code ZYK_ARCHIVE_AT}, {@code HH:mm}, default 02:30, after the backup). Each archive file is written under the
 * cluster lock "audit-archive", so two nodes never archive the same records; the second finds nothing left to do.
 */
@Singleton
@Startup
public class AuditArchiveSchedule {

    static final LocalTime DEFAULT_AT = LocalTime.of(2, 30);
    private static final Logger LOG = Logger.getLogger(AuditArchiveSchedule.class.getName());

    @Resource
    private TimerService timers;

    @PostConstruct
    void schedule() {
        LocalTime at = BackupSchedule.at(System.getProperty("zyk.archive.at", System.getenv("ZYK_ARCHIVE_AT")),
                DEFAULT_AT);
        timers.createCalendarTimer(new ScheduleExpression().hour(at.getHour()).minute(at.getMinute()).second(0),
                new TimerConfig("audit-archive", false));
        LOG.info(() -> "Nightly audit archiving scheduled at " + at);
    }

    @Timeout
    void nightly() {
        BatchRuntime.getJobOperator().start(AuditArchiveJobStarter.JOB, new Properties());
    }
}
