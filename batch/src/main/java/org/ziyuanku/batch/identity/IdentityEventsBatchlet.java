package org.ziyuanku.batch.identity;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ziyuanku.service.identity.IdentityEventImportService;

/** Copies Keycloak's new sign-in events into the audit chain; the exit status counts them. */
@Named
@Dependent
public class IdentityEventsBatchlet extends AbstractBatchlet {

    @EJB
    private IdentityEventImportService importer;

    @Inject
    private JobContext jobContext;

    @Override
    public String process() {
        String exitStatus;
        try {
            exitStatus = "COPIED=" + importer.importNewEvents();
        } catch (RuntimeException e) {
            throw PortableStepFailure.of("identity-events", e);
        }
        jobContext.setExitStatus(exitStatus);
        return exitStatus;
    }
}
