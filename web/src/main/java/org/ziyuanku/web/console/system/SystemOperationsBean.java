package org.ziyuanku.web.console.system;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import org.ziyuanku.service.operations.OperationsService;
import org.ziyuanku.service.operations.OperationsView;
import org.ziyuanku.service.system.AccessDeniedException;

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
    private boolean forbidden;

    /** Reads the figures (GET). */
    public void load() {
        try {
            view = operations.overview();
        } catch (AccessDeniedException e) {
            forbidden = true;
            FacesContext.getCurrentInstance().getExternalContext()
                    .setResponseStatus(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    public OperationsView getView() {
        return view;
    }

    public boolean isForbidden() {
        return forbidden;
    }

    /** Bytes as whole mebibytes, for display. */
    public long mebibytes(long bytes) {
        return bytes / MIB;
    }
}
