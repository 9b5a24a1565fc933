package org.ziyuanku.web.console.system;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.omnifaces.util.Messages;
import org.ziyuanku.service.backup.BackupAlreadyRunningException;
import org.ziyuanku.service.backup.BackupRunView;
import org.ziyuanku.service.backup.BackupService;

/**
 * The system administrator's backups (console/system/backups.xhtml): the history of runs, newest first (start, end,
 * size, manifest checksum, outcome), and "back up now", a Faces postback that starts the backup job. Anyone else gets
 * 403 (the web constraint, and the service again).
 */
@Named
@RequestScoped
public class SystemBackupsBean {

    static final int SHOWN = 50;

    @EJB
    private BackupService backups;

    private List<BackupRunView> runs;
    private Long startedRun;

    /** Reads the history (GET); a refusal ends on the 403 page. */
    public void load() {
        runs = backups.history(0, SHOWN).items();
    }

    /** Starts a backup now and shows the history with the new run on top. */
    public void start() {
        try {
            startedRun = backups.start();
            Messages.addGlobalInfo("system.backups.started", String.valueOf(startedRun));
        } catch (BackupAlreadyRunningException e) {
            Messages.addGlobalWarn("system.backups.refused.running", e.getReasonArgs());
        }
        load();
    }

    public List<BackupRunView> getRuns() {
        if (runs == null) {
            load();
        }
        return runs;
    }

    public Long getStartedRun() {
        return startedRun;
    }
}
