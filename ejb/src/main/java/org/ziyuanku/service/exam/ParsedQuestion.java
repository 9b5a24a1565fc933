package org.ziyuanku.service.exam;

import java.io.Serializable;
import java.util.List;

/**
 * One question of an import file as a reader found it: either a draft, or the problem that keeps it out (a message
 * key of the web bundles, {@code exam.import.problem.*}, and its arguments), never both.
 *
 * @param position where in the file, 1-based: the spreadsheet row, the question block of a Word or GIFT file, the
 *     question element of a Moodle XML file, the item of a QTI package
 * @param label the question's own name where the format has one (Moodle, GIFT, QTI identifier), else a short start of
 *     its stem, for the report
 */
public record ParsedQuestion(int position, String label, QuestionDraft draft, String problemKey,
        List<String> problemArgs) implements Serializable {

    private static final long serialVersionUID = 1L;

    public ParsedQuestion {
        problemArgs = problemArgs == null ? List.of() : List.copyOf(problemArgs);
    }

    public static ParsedQuestion accepted(int position, String label, QuestionDraft draft) {
        return new ParsedQuestion(position, label, draft, null, List.of());
    }

    public static ParsedQuestion rejected(int position, String label, String problemKey, String... args) {
        return new ParsedQuestion(position, label, null, problemKey, List.of(args));
    }

    public boolean isAccepted() {
        return draft != null;
    }
}
