package org.ziyuanku.domain.system;

/** How a backup run stands: still running, or ended well or badly. */
public enum BackupOutcome {
    RUNNING,
    SUCCESS,
    FAILURE
}
