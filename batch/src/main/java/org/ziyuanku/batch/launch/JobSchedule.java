package org.ziyuanku.batch.launch;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;

/**
 * When the scheduled jobs start, on each node: admin-password-expiry every night at 02:00, resource-housekeeping at
 * 03:30, identity-events every two minutes. The jobs hold cluster locks and are idempotent, so a second node finds nothing left to do.
 */
@Singleton
public class JobSchedule {

    @EJB
    private BatchJobLauncher launcher;

    @Schedule(hour = "2", minute = "0", persistent = false)
    void passwordExpiry() {
        launcher.start("admin-password-expiry");
    }

    @Schedule(hour = "3", minute = "30", persistent = false)
    void nightly() {
        launcher.start("resource-housekeeping");
    }

    @Schedule(hour = "*", minute = "*/2", persistent = false)
    void everyTwoMinutes() {
        launcher.start("identity-events");
    }
}
