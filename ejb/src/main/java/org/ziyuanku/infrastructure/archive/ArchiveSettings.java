package org.ziyuanku.infrastructure.archive;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.logging.Logger;

/**
 * Archiving settings, each a system property or else an environment variable: the archive directory
 * {@code zyk.archive.dir} / {@code ZYK_ARCHIVE_DIR} (default: the server's data directory, {@code audit-archive}; every
 * node must mount the same one), the audit retention in days {@code zyk.audit.retention-days} /
 * {@code ZYK_AUDIT_RETENTION_DAYS} (default and minimum {@value #MIN_RETENTION_DAYS}), the age in days after which
 * read notifications are removed {@code zyk.notification.retention-days} / {@code ZYK_NOTIFICATION_RETENTION_DAYS}
 * (default {@value #DEFAULT_NOTIFICATION_DAYS}), and the signing key {@code zyk.archive.key} /
 * {@code ZYK_ARCHIVE_KEY} (see {@link ArchiveSigner}).
 */
public record ArchiveSettings(Path directory, int retentionDays, int notificationDays, String key) {

    /** Level 3 asks for at least six months of audit records online. */
    public static final int MIN_RETENTION_DAYS = 180;
    public static final int DEFAULT_NOTIFICATION_DAYS = 180;
    private static final Logger LOG = Logger.getLogger(ArchiveSettings.class.getName());

    public ArchiveSettings {
        if (retentionDays < MIN_RETENTION_DAYS) {
            throw new IllegalArgumentException("audit retention must be at least " + MIN_RETENTION_DAYS + " days");
        }
        if (notificationDays < 1) {
            throw new IllegalArgumentException("notification retention must be at least one day");
        }
    }

    /** The settings of the running server; a retention below the minimum is raised to it, with a warning. */
    public static ArchiveSettings fromSystem() {
        String data = System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir"));
        String dir = setting("zyk.archive.dir", "ZYK_ARCHIVE_DIR");
        int retention = days(setting("zyk.audit.retention-days", "ZYK_AUDIT_RETENTION_DAYS"), MIN_RETENTION_DAYS);
        if (retention < MIN_RETENTION_DAYS) {
            LOG.warning(() -> "zyk.audit.retention-days below " + MIN_RETENTION_DAYS + " is raised to it");
            retention = MIN_RETENTION_DAYS;
        }
        int notifications = days(setting("zyk.notification.retention-days", "ZYK_NOTIFICATION_RETENTION_DAYS"),
                DEFAULT_NOTIFICATION_DAYS);
        return new ArchiveSettings(dir != null ? Paths.get(dir) : Paths.get(data, "audit-archive"), retention,
                Math.max(1, notifications), setting("zyk.archive.key", "ZYK_ARCHIVE_KEY"));
    }

    private static int days(String value, int fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            LOG.warning(() -> "not a number of days: " + value + "; using " + fallback);
            return fallback;
        }
    }

    private static String setting(String property, String variable) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(variable);
        }
        return value == null || value.isBlank() ? null : value.strip();
    }
}
