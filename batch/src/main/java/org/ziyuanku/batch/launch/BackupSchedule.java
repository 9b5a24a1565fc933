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
import java.time.format.DateTimeParseException;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * Starts the backup job every night, on each node, at the time of the system property {@code zyk.backup.at}
 * (environment {@code ZYK_BACKUP_AT}, {@code HH:mm}, default 01:30: before the other nightly jobs, see
 * {@link JobSchedule}). The job opens its run under the cluster lock "backup", so on a second node it finds the run
 * under way and skips.
 */
@Singleton
@Startup
public class BackupSchedule {

    static final LocalTime DEFAULT_AT = LocalTime.of(1, 30);
    private static final Logger LOG = Logger.getLogger(BackupSchedule.class.getName());

    @Resource
    private TimerService timers;

    @PostConstruct
    void schedule() {
        LocalTime at = at(System.getProperty("zyk.backup.at", System.getenv("ZYK_BACKUP_AT")));
        timers.createCalendarTimer(new ScheduleExpression().hour(at.getHour()).minute(at.getMinute()).second(0),
                new TimerConfig("backup", false));
        LOG.info(() -> "Nightly backup scheduled at " + at);
    }

    @Timeout
    void nightly() {
        BatchRuntime.getJobOperator().start(BackupJobStarter.JOB, new Properties());
    }

    /** The time of day a setting such as "01:30" names; the default when it is blank or not a time. */
    static LocalTime at(String setting) {
        return at(setting, DEFAULT_AT);
    }

    /** The time of day a setting such as "01:30" names; {@code fallback} when it is blank or not a time. */
    static LocalTime at(String setting, LocalTime fallback) {
        if (setting == null || setting.isBlank()) {
            return fallback;
        }
        try {
            return LocalTime.parse(setting.strip());
        } catch (DateTimeParseException e) {
            LOG.warning(() -> "not a time (HH:mm): " + setting + "; the job runs at " + fallback);
            return fallback;
        }
    }
}
