package org.ziyuanku.batch.archive;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDateTime;
import org.ziyuanku.service.audit.AuditArchiveResult;
import org.ziyuanku.service.audit.AuditArchiveService;

/**
 * Archives audit records older than the retention and removes old read notifications, as of the job parameter
 * {@code now} (an ISO date-time; absent: the present), so a drill can run it as if months had passed. The exit status
 * counts what was done; a failure fails the job.
 */
@Named
@Dependent
public class AuditArchiveBatchlet extends AbstractBatchlet {

    @EJB
    private AuditArchiveService archive;

    @Inject
    private JobContext jobContext;

    @Inject
    @BatchProperty
    private String now;

    @Override
    public String process() {
        LocalDateTime clock = now == null || now.isBlank() ? LocalDateTime.now() : LocalDateTime.parse(now.strip());
        AuditArchiveResult result = archive.archive(clock);
        String exit = "files=" + result.files() + ", records=" + result.records() + ", notifications="
                + result.notifications();
        jobContext.setExitStatus(exit);
        return exit;
    }
}
