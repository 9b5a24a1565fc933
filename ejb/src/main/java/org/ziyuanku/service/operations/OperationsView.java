package org.ziyuanku.service.operations;

import java.io.Serializable;
import java.util.List;
import org.ziyuanku.service.backup.BackupRunView;

/**
 * The operations page's figures: this node and whether its database answers, the newest backup runs, recent job
 * executions, the file store's disk use, and the server certificate's expiry ({@code null}: no certificate file named).
 */
public record OperationsView(String node, boolean databaseUp, List<BackupRunView> backups,
        List<JobExecutionView> jobs, DiskUse disk, CertificateExpiry certificate) implements Serializable {
}
