package org.ziyuanku.service.audit;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.ziyuanku.domain.audit.AuditOutcome;
import org.ziyuanku.service.audit.internal.ArchivedRecords;
import org.ziyuanku.service.audit.internal.AuditRecordRepository;
import org.ziyuanku.service.system.AccessDeniedException;
import org.ziyuanku.service.system.CurrentCaller;

/**
 * The audit administrator's search and CSV export of the audit log (三权分立: only the audit administrator reads
 * it). Runs in the OIDC virtual security domain (jboss-ejb3.xml), so the caller is the signed-in user; every method
 * checks the realm role itself, on top of the web tier's security constraint. Searching and exporting are audited
 * in turn (AUDIT_SEARCH, AUDIT_EXPORT), a refused attempt with outcome DENIED. Archived records (归档) are found too:
 * after the live table's matches come those of the archive files whose period the search reaches.
 */
@Stateless
@PermitAll
public class AuditSearchService {

    /** The realm role of the audit administrator (审计管理员). */
    public static final String AUDIT_ADMIN = "audit-admin";
    /** Columns of the CSV export, in order; the caller passes a header label for each. */
    public static final int CSV_COLUMNS = 10;
    static final int EXPORT_BATCH = 500;
    static final int MAX_OWN_RECORDS = 500;
    private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Inject
    private CurrentCaller caller;

    @Inject
    private AuditRecordRepository records;

    @Inject
    private ArchivedRecords archivedRecords;

    @Inject
    private ActionAuditor auditor;

    /**
     * One page of the records matching the query, newest first.
     *
     * @throws AccessDeniedException unless the caller is an audit administrator
     */
    public AuditRecordPage search(AuditSearchQuery query) {
        requireAuditAdministrator("AUDIT_SEARCH", query);
        long live = records.count(query);
        List<AuditRecordView> archived = archivedRecords.matching(query);
        long total = live + archived.size();
        List<AuditRecordView> items = new ArrayList<>();
        long offset = (long) query.page() * query.size();
        if (offset < live) {
            items.addAll(records.search(query));
        }
        int start = (int) Math.min(archived.size(), Math.max(0, offset - live));
        items.addAll(archived.subList(start, Math.min(archived.size(), start + query.size() - items.size())));
        audit("AUDIT_SEARCH", query, AuditOutcome.SUCCESS,
                "page=" + query.page() + ", size=" + query.size() + ", total=" + total);
        return new AuditRecordPage(items, query.page(), query.size(), total);
    }

    /**
     * Writes every record matching the query (page and size ignored), newest first, as CSV to {@code out}: UTF-8
     * with a byte order mark, a header line, then one line per record (see {@link CsvCells}). Reads in keyset batches
     * outside a transaction, so neither the table nor a long-lived persistence context is ever held in memory and a
     * slow download cannot hit the transaction timeout. The stream is flushed, not closed.
     *
     * @param header {@link #CSV_COLUMNS} labels, in the caller's language: id, time, actor, roles, scope, source IP,
     *            action, target, outcome, detail
     * @return the number of records written
     * @throws AccessDeniedException unless the caller is an audit administrator
     * @throws IOException when writing fails (the client went away); recorded as a FAILURE
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long export(AuditSearchQuery query, List<String> header, OutputStream out)
            throws IOException {
        if (header.size() != CSV_COLUMNS) {
            throw new IllegalArgumentException("the CSV header needs " + CSV_COLUMNS + " labels");
        }
        requireAuditAdministrator("AUDIT_EXPORT", query);
        long written;
        try {
            written = writeCsv(query, header, new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
        } catch (IOException | RuntimeException e) {
            audit("AUDIT_EXPORT", query, AuditOutcome.FAILURE, e.getClass().getName());
            throw e;
        }
        audit("AUDIT_EXPORT", query, AuditOutcome.SUCCESS, "rows=" + written);
        return written;
    }

    private long writeCsv(AuditSearchQuery query, List<String> header, Writer writer) throws IOException {
        writer.write(CsvCells.BYTE_ORDER_MARK);
        writer.write(CsvCells.line(header));
        long written = 0;
        long before = Long.MAX_VALUE;
        List<AuditRecordView> batch;
        do {
            batch = records.batchBefore(query, before, EXPORT_BATCH);
            for (AuditRecordView record : batch) {
                writer.write(CsvCells.line(cells(record)));
                before = record.id();
                written++;
            }
            writer.flush();
        } while (batch.size() == EXPORT_BATCH);
        for (AuditRecordView record : archivedRecords.matching(query)) {
            writer.write(CsvCells.line(cells(record)));
            written++;
        }
        writer.flush();
        return written;
    }

    private static List<String> cells(AuditRecordView r) {
        return List.of(r.id().toString(), CSV_TIME.format(r.occurredAt()), r.actor(), r.actorRoles(), r.scope(),
                r.sourceIp(), r.action(), r.target(), r.outcome().name(), r.detail());
    }

    /**
     * The newest records of one user (at most {@value #MAX_OWN_RECORDS}): for a user's own activity. Rule: users
     * read their own records; only an audit administrator reads another user's.
     *
     * @throws AccessDeniedException when the caller asks for someone else's records without being audit administrator
     */
    public List<AuditRecordView> recordsOf(String actor, int max) {
        if (!caller.username().equals(actor) && !caller.holdsRole(AUDIT_ADMIN)) {
            throw new AccessDeniedException(caller.username() + " may not read the audit records of " + actor);
        }
        return records.newestOf(actor, Math.max(1, Math.min(max, MAX_OWN_RECORDS)));
    }

    private void requireAuditAdministrator(String action, AuditSearchQuery query) {
        if (!caller.holdsRole(AUDIT_ADMIN)) {
            audit(action, query, AuditOutcome.DENIED, "caller is not " + AUDIT_ADMIN);
            throw new AccessDeniedException(caller.username() + " is not " + AUDIT_ADMIN);
        }
    }

    private void audit(String action, AuditSearchQuery query, AuditOutcome outcome, String detail) {
        auditor.record(caller.username(), caller::holdsRole, "platform", action, query.summary(), outcome, detail);
    }
}
