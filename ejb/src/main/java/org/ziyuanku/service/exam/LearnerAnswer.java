package org.ziyuanku.service.exam;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * What a learner answered to one question, for {@link QuestionGrader}. Which fields a type uses:
 * <ul>
 * <li>SINGLE_CHOICE, MULTIPLE_CHOICE: {@code choices}, the indexes (0-based) of the options chosen;</li>
 * <li>TRUE_FALSE: {@code truth};</li>
 * <li>FILL_BLANK: {@code blanks}, what was written in each blank, in order;</li>
 * <li>MATCHING: {@code choices}, for prompt i the index of the option matched to it (null or -1: none);</li>
 * <li>ORDERING: {@code choices}, the indexes of the options (as stored, i.e. in their correct order) in the order the
 *     learner put them;</li>
 * <li>SHORT_ANSWER: {@code text};</li>
 * <li>COMPOUND: {@code parts}, one answer per sub-question in order.</li>
 * </ul>
 */
public record LearnerAnswer(List<Integer> choices, Boolean truth, List<String> blanks, String text,
        List<LearnerAnswer> parts) implements Serializable {

    private static final long serialVersionUID = 1L;

    public LearnerAnswer {
        choices = choices == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(choices));
        blanks = blanks == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(blanks));
        parts = parts == null ? List.of() : List.copyOf(parts);
    }

    /** No answer at all. */
    public static LearnerAnswer none() {
        return new LearnerAnswer(null, null, null, null, null);
    }

    public static LearnerAnswer choices(Integer... choices) {
        return new LearnerAnswer(Arrays.asList(choices), null, null, null, null);
    }

    public static LearnerAnswer truth(boolean truth) {
        return new LearnerAnswer(null, truth, null, null, null);
    }

    public static LearnerAnswer blanks(String... blanks) {
        return new LearnerAnswer(null, null, Arrays.asList(blanks), null, null);
    }

    public static LearnerAnswer text(String text) {
        return new LearnerAnswer(null, null, null, text, null);
    }

    public static LearnerAnswer parts(LearnerAnswer... parts) {
        return new LearnerAnswer(null, null, null, null, List.of(parts));
    }
}
