package org.ziyuanku.service.exam;

import java.io.Serializable;
import java.util.List;
import org.ziyuanku.domain.exam.ChoiceScoring;

/**
 * The correct answer of a {@link QuestionDraft}; which fields a type uses is said there. Unused fields are empty lists
 * or null.
 */
public record AnswerKey(List<Integer> correct, Boolean truth, List<List<String>> blanks, ChoiceScoring scoring,
        String reference) implements Serializable {

    private static final long serialVersionUID = 1L;

    public AnswerKey {
        correct = correct == null ? List.of() : List.copyOf(correct);
        blanks = blanks == null ? List.of() : blanks.stream().map(List::copyOf).toList();
    }

    public static AnswerKey none() {
        return new AnswerKey(List.of(), null, List.of(), null, null);
    }

    public static AnswerKey choices(List<Integer> correct, ChoiceScoring scoring) {
        return new AnswerKey(correct, null, List.of(), scoring, null);
    }

    public static AnswerKey truth(boolean truth) {
        return new AnswerKey(List.of(), truth, List.of(), null, null);
    }

    public static AnswerKey blanks(List<List<String>> blanks) {
        return new AnswerKey(List.of(), null, blanks, null, null);
    }

    public static AnswerKey reference(String reference) {
        return new AnswerKey(List.of(), null, List.of(), null, reference);
    }
}
