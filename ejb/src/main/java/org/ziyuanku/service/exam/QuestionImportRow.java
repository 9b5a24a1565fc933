package org.ziyuanku.service.exam;

import java.io.Serializable;
import java.util.List;

/**
 * One question of an import file in the report: where it stood, what became of it, the stored question's id, the id of
 * the question it duplicates, or the problem (a message key and its arguments) that kept it out.
 */
public record QuestionImportRow(int position, String label, QuestionImportOutcome outcome, Long questionId,
        Long duplicateOf, String problemKey, List<String> problemArgs) implements Serializable {

    private static final long serialVersionUID = 1L;

    public QuestionImportRow {
        problemArgs = problemArgs == null ? List.of() : List.copyOf(problemArgs);
    }

    static QuestionImportRow accepted(ParsedQuestion question, Long id) {
        return new QuestionImportRow(question.position(), question.label(), QuestionImportOutcome.ACCEPTED, id, null,
                null, List.of());
    }

    static QuestionImportRow rejected(ParsedQuestion question, String key, List<String> args) {
        return new QuestionImportRow(question.position(), question.label(), QuestionImportOutcome.REJECTED, null, null,
                key, args);
    }

    static QuestionImportRow duplicate(ParsedQuestion question, Long of, int earlierPosition) {
        return of != null
                ? new QuestionImportRow(question.position(), question.label(), QuestionImportOutcome.DUPLICATE, null,
                        of, "exam.transfer.duplicateInLibrary", List.of(Long.toString(of)))
                : new QuestionImportRow(question.position(), question.label(), QuestionImportOutcome.DUPLICATE, null,
                        null, "exam.transfer.duplicateInFile", List.of(Integer.toString(earlierPosition)));
    }
}
