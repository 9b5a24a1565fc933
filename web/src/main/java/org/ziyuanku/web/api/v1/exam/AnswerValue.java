package org.ziyuanku.web.api.v1.exam;

import java.util.List;
import org.ziyuanku.service.exam.LearnerAnswer;

/**
 * A learner's answer to one question: {@code choices} (option indexes from 0, in the order the learner's paper shows
 * the options; for matching, per prompt the option matched; for ordering, the options in the learner's order),
 * {@code truth}, {@code blanks}, {@code text}, or {@code parts} for a compound question.
 */
public record AnswerValue(List<Integer> choices, Boolean truth, List<String> blanks, String text,
        List<AnswerValue> parts) {

    public LearnerAnswer toLearnerAnswer() {
        return new LearnerAnswer(choices, truth, blanks, text,
                parts == null ? null : parts.stream().map(p -> p == null ? LearnerAnswer.none() : p.toLearnerAnswer())
                        .toList());
    }

    public static AnswerValue of(LearnerAnswer a) {
        return new AnswerValue(a.choices(), a.truth(), a.blanks(), a.text(),
                a.parts().stream().map(AnswerValue::of).toList());
    }
}
