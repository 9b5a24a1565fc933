package org.ziyuanku.service.audit.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.ziyuanku.domain.audit.AuditOutcome;
import org.ziyuanku.domain.audit.AuditRecord;
import org.ziyuanku.infrastructure.archive.ArchiveFile;
import org.ziyuanku.infrastructure.archive.ArchiveLine;
import org.ziyuanku.infrastructure.archive.ArchiveSettings;
import org.ziyuanku.infrastructure.archive.ArchiveSigner;
import org.ziyuanku.service.audit.AuditArchiveView;
import org.ziyuanku.service.audit.AuditRecordView;
import org.ziyuanku.service.audit.AuditSearchQuery;

/**
 * Reads archived audit records back: the ones matching a search, from the files whose period the search's time range
 * reaches (with the same rules as the live search), and the check of every archive file: its SHA-256, its signature
 * and the chain inside it and across the files.
 */
@ApplicationScoped
public class ArchivedRecords {

    private static final Logger LOG = Logger.getLogger(ArchivedRecords.class.getName());

    @Inject
    private AuditArchiveRepository archives;

    /** The archived records matching the query, newest first (page and size ignored). */
    public List<AuditRecordView> matching(AuditSearchQuery query) {
        List<AuditRecordView> found = new ArrayList<>();
        Path dir = ArchiveSettings.fromSystem().directory();
        for (AuditArchiveView archive : archives.all()) {
            if (query.from() != null && archive.periodTo().isBefore(query.from())
                    || query.to() != null && archive.periodFrom().isAfter(query.to())) {
                continue;
            }
            for (ArchiveLine line : lines(dir, archive)) {
                AuditRecordView view = view(line);
                if (matches(query, view)) {
                    found.add(view);
                }
            }
        }
        found.sort(Comparator.comparing(AuditRecordView::id).reversed());
        return found;
    }

    /**
     * Checks every archive, oldest first: the file is there with its SHA-256, the signature fits the row, every record
     * is intact and names its predecessor, from the genesis hash on. Returns the first id of the first archive that
     * fails, or null, and adds the records checked to {@code checked[0]}.
     */
    public Long firstBroken(long[] checked) {
        List<AuditArchiveView> all = archives.all();
        if (all.isEmpty()) {
            return null;
        }
        ArchiveSettings settings = ArchiveSettings.fromSystem();
        ArchiveSigner signer = ArchiveSigner.of(settings);
        String expected = AuditRecord.GENESIS;
        for (AuditArchiveView archive : all) {
            try {
                Path file = settings.directory().resolve(archive.fileName());
                if (!archive.firstPreviousHash().equals(expected) || !signer.verify(archive.statement(),
                        archive.signature()) || !ArchiveFile.sha256(file).equals(archive.fileSha256())) {
                    return archive.firstId();
                }
                for (ArchiveLine l : ArchiveFile.read(file)) {
                    if (!l.previousHash().equals(expected) || !l.recordHash().equals(hash(l))) {
                        return l.id();
                    }
                    expected = l.recordHash();
                    checked[0]++;
                }
            } catch (IOException | RuntimeException e) {
                LOG.warning(() -> "audit archive " + archive.fileName() + " cannot be checked: " + e);
                return archive.firstId();
            }
        }
        return null;
    }

    /**
     * The records of one archive file; none, with a SEVERE log line, when the file is missing or its SHA-256 differs
     * from the row's (the chain verification then names it): a search never shows records from a changed file.
     */
    private static List<ArchiveLine> lines(Path dir, AuditArchiveView archive) {
        Path file = dir.resolve(archive.fileName());
        try {
            if (ArchiveFile.sha256(file).equals(archive.fileSha256())) {
                return ArchiveFile.read(file);
            }
            LOG.severe(() -> "the audit archive file " + file + " was changed; its records are left out");
        } catch (IOException e) {
            LOG.severe(() -> "the audit archive file " + file + " cannot be read (" + e + "); its records are left out");
        }
        return List.of();
    }

    private static String hash(ArchiveLine l) {
        return AuditRecord.hashOf(l.occurredAt(), l.actor(), l.actorRoles(), l.scope(), l.sourceIp(), l.action(),
                l.target(), AuditOutcome.valueOf(l.outcome()), l.detail(), l.previousHash());
    }

    private static AuditRecordView view(ArchiveLine l) {
        return new AuditRecordView(l.id(), l.occurredAt(), l.actor(), l.actorRoles(), l.scope(), l.sourceIp(),
                l.action(), l.target(), AuditOutcome.valueOf(l.outcome()), l.detail());
    }

    /** The live search's rules (AuditRecordRepository) applied to one record. */
    static boolean matches(AuditSearchQuery q, AuditRecordView r) {
        return (q.from() == null || !r.occurredAt().isBefore(q.from()))
                && (q.to() == null || !r.occurredAt().isAfter(q.to()))
                && (q.actor() == null || (q.actorIsPrefix() ? r.actor().startsWith(q.actorName())
                        : r.actor().equals(q.actor())))
                && (q.action() == null || r.action().equals(q.action()))
                && (q.outcome() == null || r.outcome() == q.outcome())
                && (q.target() == null || contains(r.target(), q.target()))
                && (q.text() == null || contains(r.actor(), q.text()) || contains(r.sourceIp(), q.text())
                        || contains(r.action(), q.text()) || contains(r.target(), q.text())
                        || contains(r.detail(), q.text()));
    }

    private static boolean contains(String value, String part) {
        return value.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
    }
}
