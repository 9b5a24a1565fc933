package org.ziyuanku.batch.housekeeping;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ziyuanku.service.resource.ResourceHousekeepingService;

/** Empties the resource recycle bin of expired items, then sweeps unclaimed stored files; the exit status counts both. */
@Named
@Dependent
public class ResourceHousekeepingBatchlet extends AbstractBatchlet {

    @EJB
    private ResourceHousekeepingService housekeeping;

    @Inject
    private JobContext jobContext;

    @Override
    public String process() {
        int purged = housekeeping.emptyRecycleBin();
        int swept = housekeeping.sweepBlobs();
        String exitStatus = "PURGED=" + purged + " SWEPT=" + swept;
        jobContext.setExitStatus(exitStatus);
        return exitStatus;
    }
}
