package org.ziyuanku.service.backup;

import org.ziyuanku.service.system.RefusedException;

/** A backup was asked for while another one runs (on this node or another). Answered with 409. */
public class BackupAlreadyRunningException extends RefusedException {

    private static final long serialVersionUID = 1L;

    public BackupAlreadyRunningException(long runningId) {
        super("system.backups.refused.running", Long.toString(runningId));
    }

    @Override
    public Kind kind() {
        return Kind.CONFLICT;
    }
}
