package org.ziyuanku.service.exam;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ziyuanku.service.audit.Audited;
import org.ziyuanku.service.audit.AuditedCall;
import org.ziyuanku.service.exam.internal.QuestionFormats;
import org.ziyuanku.service.exam.internal.QuestionImportFailedException;
import org.ziyuanku.service.exam.internal.QuestionImportWriter;
import org.ziyuanku.service.system.RefusedException;

/**
 * Imports questions from a file into a library's bank and exports them (issue 15 item 2). The file is read outside
 * any transaction; each question is then stored in a transaction of its own, or, for an all-or-nothing import, all in
 * one that any problem rolls back. Duplicates (the same normalised text as a question of the library, or as an earlier
 * question of the file) are flagged and not stored. Audited as {@value #IMPORT} and {@value #EXPORT}.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class QuestionTransferService {

    static final String IMPORT = "QUESTION_IMPORT";
    static final String EXPORT = "QUESTION_EXPORT";

    @Inject
    private QuestionFormats formats;

    @EJB
    private QuestionBankService bank;

    @EJB
    private QuestionImportWriter writer;

    @Inject
    private AuditedCall audited;

    /**
     * Reads the file and stores its questions in the library, answering what became of each.
     *
     * @throws QuestionFileRefusedException when the file cannot be read at all (nothing is stored)
     * @throws org.ziyuanku.service.system.AccessDeniedException when the caller does not contribute to the library
     */
    @Audited(action = IMPORT)
    public QuestionImportReport importFile(QuestionImportCommand command, InputStream file) {
        audited.on("library:" + command.libraryId(), command.filename());
        writer.libraryName(command.libraryId(), IMPORT);
        QuestionFileFormat format = command.format() != null ? command.format()
                : QuestionFileFormats.ofFilename(command.filename());
        List<ScreenedQuestion> rows = screen(command.libraryId(), formats.reader(format).read(file));
        QuestionImportReport report = command.allOrNothing()
                ? storeAll(command.libraryId(), format, rows)
                : storeEach(command.libraryId(), format, rows);
        String counts = "accepted " + report.stored() + ", rejected " + report.count(QuestionImportOutcome.REJECTED)
                + ", duplicates " + report.count(QuestionImportOutcome.DUPLICATE);
        if (report.committed()) {
            audited.detail(counts);
        } else {
            audited.failed("nothing stored: " + counts);
        }
        return report;
    }

    /** The library's questions in an export format. */
    @Audited(action = EXPORT)
    public QuestionExportFile exportFile(long libraryId, QuestionFileFormat format) {
        audited.on("library:" + libraryId, format.name());
        String libraryName = writer.libraryName(libraryId, EXPORT);
        List<QuestionDraft> questions = allDrafts(libraryId);
        byte[] content = formats.writer(format).write(libraryName, questions);
        audited.detail(questions.size() + " questions");
        return QuestionFileFormats.exportFile(format, "questions-" + libraryId, content);
    }

    private List<QuestionDraft> allDrafts(long libraryId) {
        List<QuestionDraft> all = new ArrayList<>();
        for (int page = 0;; page++) {
            QuestionSearch search = new QuestionSearch(libraryId, null, null, null, null, null, page,
                    QuestionSearch.MAX_SIZE);
            List<QuestionDraft> found = bank.drafts(libraryId, search);
            all.addAll(found);
            if (found.size() < QuestionSearch.MAX_SIZE) {
                return all;
            }
        }
    }

    /** The Excel template with its column explanations. */
    public QuestionExportFile template() {
        return QuestionFileFormats.exportFile(QuestionFileFormat.EXCEL, "question-template", formats.template());
    }

    private List<ScreenedQuestion> screen(long libraryId, List<ParsedQuestion> parsed) {
        if (parsed.isEmpty()) {
            throw new QuestionFileRefusedException(RefusedException.Kind.INVALID, "exam.transfer.empty");
        }
        Map<String, Integer> seen = new HashMap<>();
        return parsed.stream().map(q -> new ScreenedQuestion(q, screenOne(libraryId, q, seen))).toList();
    }

    private QuestionImportRow screenOne(long libraryId, ParsedQuestion question, Map<String, Integer> seen) {
        if (!question.isAccepted()) {
            return QuestionImportRow.rejected(question, question.problemKey(), question.problemArgs());
        }
        String fingerprint = QuestionFingerprint.of(question.draft());
        Optional<Long> stored = bank.duplicateOf(libraryId, fingerprint);
        if (stored.isPresent()) {
            return QuestionImportRow.duplicate(question, stored.get(), 0);
        }
        Integer earlier = seen.putIfAbsent(fingerprint, question.position());
        if (earlier != null) {
            return QuestionImportRow.duplicate(question, null, earlier);
        }
        return QuestionImportRow.accepted(question, null);
    }

    /** Each accepted question in a transaction of its own; one the bank refuses is reported, the others stay. */
    private QuestionImportReport storeEach(long libraryId, QuestionFileFormat format, List<ScreenedQuestion> screened) {
        List<QuestionImportRow> rows = new ArrayList<>();
        for (ScreenedQuestion s : screened) {
            rows.add(s.isToStore() ? storeOne(libraryId, s.question()) : s.row());
        }
        return new QuestionImportReport(format, false, true, rows);
    }

    private QuestionImportRow storeOne(long libraryId, ParsedQuestion question) {
        try {
            return QuestionImportRow.accepted(question, bank.add(libraryId, question.draft()));
        } catch (RefusedException e) {
            return QuestionImportRow.rejected(question, e.getReasonKey(), reasonArgs(e));
        }
    }

    /** All accepted questions in one transaction, and only when no question of the file has a problem. */
    private QuestionImportReport storeAll(long libraryId, QuestionFileFormat format, List<ScreenedQuestion> screened) {
        List<QuestionImportRow> rows = screened.stream().map(ScreenedQuestion::row).toList();
        if (rows.stream().anyMatch(r -> r.outcome() == QuestionImportOutcome.REJECTED)) {
            return new QuestionImportReport(format, true, false, rows);
        }
        List<ScreenedQuestion> toStore = screened.stream().filter(ScreenedQuestion::isToStore).toList();
        try {
            List<Long> ids = writer.addAll(libraryId, toStore.stream().map(s -> s.question().draft()).toList());
            List<QuestionImportRow> stored = new ArrayList<>();
            int next = 0;
            for (ScreenedQuestion s : screened) {
                stored.add(s.isToStore() ? QuestionImportRow.accepted(s.question(), ids.get(next++)) : s.row());
            }
            return new QuestionImportReport(format, true, true, stored);
        } catch (QuestionImportFailedException e) {
            ParsedQuestion failed = toStore.get(e.getIndex()).question();
            List<QuestionImportRow> marked = rows.stream().map(r -> r.position() == failed.position()
                    ? QuestionImportRow.rejected(failed, e.getReasonKey(), reasonArgs(e)) : r).toList();
            return new QuestionImportReport(format, true, false, marked);
        }
    }

    private static List<String> reasonArgs(RefusedException e) {
        return Arrays.stream(e.getReasonArgs()).map(String::valueOf).toList();
    }

    /** A question of the file with its row of the report; only an accepted one is to be stored. */
    private record ScreenedQuestion(ParsedQuestion question, QuestionImportRow row) {

        boolean isToStore() {
            return row.outcome() == QuestionImportOutcome.ACCEPTED;
        }
    }
}
