package org.ziyuanku.web.console.system;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.ziyuanku.service.operations.OperationsService;
import org.ziyuanku.service.operations.OperationsView;

/**
 * The system administrator's operations page (console/system/operations.xhtml): node health, the newest backups with a
 * link to the backups page, recent job executions, disk use of the file store and certificate expiry. Anyone else gets
 * 403 (the web constraint, and the service again).
 */
@Named
@RequestScoped
public class SystemOperationsBean {

    private static final long MIB = 1024L * 1024L;

    @EJB
    private OperationsService operations;

    private OperationsView view;

    /** Reads the figures (GET); a refusal ends on the 403 page. */
    public void load() {
        view = operations.overview();
    }

    public OperationsView getView() {
        return view;
    }

    /** Bytes as whole mebibytes, for display. */
    public long mebibytes(long bytes) {
        return bytes / MIB;
    }
}
