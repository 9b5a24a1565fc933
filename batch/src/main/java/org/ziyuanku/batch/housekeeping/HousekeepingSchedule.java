package org.ziyuanku.batch.housekeeping;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import org.ziyuanku.batch.launch.BatchJobLauncher;

/**
 * Starts the resource-housekeeping job every night at 03:30 on each node; the job's steps are idempotent, so a second
 * node running it finds nothing left to do.
 */
@Singleton
public class HousekeepingSchedule {

    @EJB
    private BatchJobLauncher launcher;

    @Schedule(hour = "3", minute = "30", persistent = false)
    void nightly() {
        launcher.start("resource-housekeeping");
    }
}
