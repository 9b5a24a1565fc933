package org.ziyuanku.batch.identity;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ziyuanku.service.identity.AdministratorPasswordExpiryService;

/** Requires administrators with passwords older than the maximum age to change them; the exit status counts them. */
@Named
@Dependent
public class AdminPasswordExpiryBatchlet extends AbstractBatchlet {

    @EJB
    private AdministratorPasswordExpiryService expiry;

    @Inject
    private JobContext jobContext;

    @Override
    public String process() {
        String exitStatus;
        try {
            exitStatus = "REQUIRED=" + expiry.expireOldPasswords();
        } catch (RuntimeException e) {
            throw PortableStepFailure.of("admin-password-expiry", e);
        }
        jobContext.setExitStatus(exitStatus);
        return exitStatus;
    }
}
