package org.ziyuanku.service.exam;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.ziyuanku.domain.exam.ChoiceScoring;

/**
 * Grades an answer against a question's key (自动评分), for every objective type; pure Java, no state.
 * <ul>
 * <li>single choice, true/false: all or nothing;</li>
 * <li>multiple choice: {@link ChoiceScoring#ALL_OR_NOTHING} full points only for exactly the correct options;
 *     {@link ChoiceScoring#PARTIAL} also half the points when every option chosen is correct but some are missing
 *     (one wrong option chosen: none);</li>
 * <li>fill-in: each blank earns its share of the points (split evenly, the last blank taking the rounding rest) when
 *     the answer equals one of its accepted answers as {@link AnswerText} normalises them;</li>
 * <li>matching: each pair earns its share the same way;</li>
 * <li>ordering: all or nothing (a partly right order earns nothing: positions are not independent);</li>
 * <li>compound: the sum of its sub-questions' grades, correct when all are;</li>
 * <li>short answer: score 0 and {@code needsManualGrading} (a person grades it).</li>
 * </ul>
 * The question's points must be set (the bank always sets them).
 */
public final class QuestionGrader {

    private static final int SCALE = 2;

    private QuestionGrader() {
    }

    /** The grade of the answer (null: unanswered) to the question. */
    public static Grade grade(QuestionDraft question, LearnerAnswer answer) {
        LearnerAnswer given = answer == null ? LearnerAnswer.none() : answer;
        BigDecimal points = Objects.requireNonNull(question.points(), "points").setScale(SCALE, RoundingMode.HALF_UP);
        AnswerKey key = question.key();
        return switch (question.type()) {
            case SINGLE_CHOICE -> Grade.of(given.choices().size() == 1 && key.correct().size() == 1
                    && key.correct().get(0).equals(given.choices().get(0)), points);
            case MULTIPLE_CHOICE -> multiple(key, given, points);
            case TRUE_FALSE -> Grade.of(given.truth() != null && given.truth().equals(key.truth()), points);
            case FILL_BLANK -> blanks(key, given, points);
            case MATCHING -> matching(key, given, points);
            case ORDERING -> Grade.of(ordered(question.options().size(), given.choices()), points);
            case COMPOUND -> compound(question, given, points);
            case SHORT_ANSWER -> new Grade(BigDecimal.ZERO.setScale(SCALE), points, false, true, List.of());
        };
    }

    private static Grade multiple(AnswerKey key, LearnerAnswer given, BigDecimal points) {
        Set<Integer> correct = new HashSet<>(key.correct());
        Set<Integer> chosen = new HashSet<>(given.choices());
        chosen.remove(null);
        if (chosen.equals(correct) && !correct.isEmpty()) {
            return Grade.of(true, points);
        }
        boolean partial = key.scoring() == ChoiceScoring.PARTIAL && !chosen.isEmpty() && correct.containsAll(chosen);
        BigDecimal score = partial ? points.divide(BigDecimal.valueOf(2), SCALE, RoundingMode.HALF_DOWN)
                : BigDecimal.ZERO.setScale(SCALE);
        return new Grade(score, points, false, false, List.of());
    }

    private static Grade blanks(AnswerKey key, LearnerAnswer given, BigDecimal points) {
        List<BigDecimal> shares = shares(points, key.blanks().size());
        List<Grade> parts = new ArrayList<>();
        for (int i = 0; i < key.blanks().size(); i++) {
            String written = i < given.blanks().size() ? given.blanks().get(i) : null;
            boolean right = written != null && !AnswerText.normalise(written).isEmpty()
                    && key.blanks().get(i).stream().anyMatch(accepted -> AnswerText.same(written, accepted));
            parts.add(Grade.of(right, shares.get(i)));
        }
        return sum(parts, points);
    }

    private static Grade matching(AnswerKey key, LearnerAnswer given, BigDecimal points) {
        List<BigDecimal> shares = shares(points, key.correct().size());
        List<Grade> parts = new ArrayList<>();
        for (int i = 0; i < key.correct().size(); i++) {
            Integer matched = i < given.choices().size() ? given.choices().get(i) : null;
            parts.add(Grade.of(key.correct().get(i).equals(matched), shares.get(i)));
        }
        return sum(parts, points);
    }

    private static boolean ordered(int options, List<Integer> order) {
        if (order.size() != options || options == 0) {
            return false;
        }
        for (int i = 0; i < options; i++) {
            if (!Integer.valueOf(i).equals(order.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static Grade compound(QuestionDraft question, LearnerAnswer given, BigDecimal points) {
        List<Grade> parts = new ArrayList<>();
        for (int i = 0; i < question.parts().size(); i++) {
            parts.add(grade(question.parts().get(i), i < given.parts().size() ? given.parts().get(i) : null));
        }
        BigDecimal score = parts.stream().map(Grade::score).reduce(BigDecimal.ZERO.setScale(SCALE), BigDecimal::add);
        boolean manual = parts.stream().anyMatch(Grade::needsManualGrading);
        boolean correct = !parts.isEmpty() && parts.stream().allMatch(Grade::correct);
        return new Grade(score, points, correct, manual, parts);
    }

    private static Grade sum(List<Grade> parts, BigDecimal points) {
        BigDecimal score = parts.stream().map(Grade::score).reduce(BigDecimal.ZERO.setScale(SCALE), BigDecimal::add);
        return new Grade(score, points, !parts.isEmpty() && parts.stream().allMatch(Grade::correct), false, parts);
    }

    /** The points split into {@code n} even shares; the last takes what rounding left over, so they add up. */
    static List<BigDecimal> shares(BigDecimal points, int n) {
        List<BigDecimal> shares = new ArrayList<>();
        if (n == 0) {
            return shares;
        }
        BigDecimal share = points.divide(BigDecimal.valueOf(n), SCALE, RoundingMode.DOWN);
        for (int i = 0; i < n - 1; i++) {
            shares.add(share);
        }
        shares.add(points.subtract(share.multiply(BigDecimal.valueOf(n - 1))));
        return shares;
    }
}
