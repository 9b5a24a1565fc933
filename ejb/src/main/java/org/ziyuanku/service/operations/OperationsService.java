package org.ziyuanku.service.operations;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.ziyuanku.domain.audit.AuditOutcome;
import org.ziyuanku.domain.system.PlatformRole;
import org.ziyuanku.infrastructure.backup.BackupSettings;
import org.ziyuanku.service.audit.Audited;
import org.ziyuanku.service.backup.BackupService;
import org.ziyuanku.service.identity.Caller;
import org.ziyuanku.service.system.AccessDeniedException;
import org.ziyuanku.service.system.HealthService;

/**
 * The system administrator's operations overview (运维概览): node health, the newest backup runs, recent job
 * executions of the Jakarta Batch job repository, disk use of the file store, certificate expiry. Checks the realm role
 * {@code system-admin} itself, as {@link BackupService} does; a refusal is audited as DENIED by the interceptor.
 */
@Stateless
@PermitAll
public class OperationsService {

    static final int BACKUPS = 5;
    static final int JOBS = 20;
    private static final Logger LOG = Logger.getLogger(OperationsService.class.getName());
    private static final String SYSTEM_ADMIN = PlatformRole.SYSTEM_ADMIN.roleName();

    @Inject
    private Caller caller;

    @EJB
    private HealthService health;

    @EJB
    private BackupService backups;

    /**
     * The overview as it is now.
     *
     * @throws AccessDeniedException unless the caller is a system administrator
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @Audited(action = "OPERATIONS_VIEW", target = "operations", outcomes = AuditOutcome.DENIED)
    public OperationsView overview() {
        if (!caller.holdsRole(SYSTEM_ADMIN)) {
            throw new AccessDeniedException(caller.username() + " is not " + SYSTEM_ADMIN);
        }
        String node = System.getProperty("jboss.node.name", "-");
        return new OperationsView(node, health.isDatabaseReachable(), backups.history(0, BACKUPS).items(),
                recentJobs(), diskUse(BackupSettings.fromSystem().blobRoot()),
                CertificateExpiry.ofConfigured(Clock.systemDefaultZone()).orElse(null));
    }

    private static List<JobExecutionView> recentJobs() {
        try {
            JobExecutions jobs = InitialContext.doLookup(JobExecutions.JNDI_NAME);
            return jobs.recent(JOBS);
        } catch (NamingException | RuntimeException e) {
            LOG.log(Level.WARNING, "The job repository could not be read", e);
            return List.of();
        }
    }

    /** The bytes the store's files take and the space of the file system under it. */
    static DiskUse diskUse(Path root) {
        try {
            Files.createDirectories(root);
            FileStore store = Files.getFileStore(root);
            long used;
            try (Stream<Path> files = Files.walk(root)) {
                used = files.filter(Files::isRegularFile).mapToLong(OperationsService::size).sum();
            }
            return new DiskUse(root.toAbsolutePath().toString(), used, store.getTotalSpace(), store.getUsableSpace());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
