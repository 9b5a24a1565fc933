package org.ziyuanku.service.exam.internal.transfer;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.ziyuanku.domain.exam.QuestionType;
import org.ziyuanku.service.exam.AnswerKey;
import org.ziyuanku.service.exam.ParsedQuestion;
import org.ziyuanku.service.exam.QuestionDraft;

/** What every format checks of a draft it read, with the problem key that rejects it. */
final class DraftRules {

    /** A question's problem: a key of {@code exam.import.problem.*} and its arguments. */
    record Problem(String key, List<String> args) {

        static Problem of(String key, Object... args) {
            return new Problem(Bounds.PROBLEM + key, java.util.Arrays.stream(args).map(String::valueOf).toList());
        }

        ParsedQuestion at(int position, String label) {
            return ParsedQuestion.rejected(position, label, key, args.toArray(String[]::new));
        }
    }

    /** A problem found while reading, carried out of the parsing code. */
    static final class ProblemException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final transient Problem problem;

        ProblemException(String key, Object... args) {
            super(key, null, false, false);
            this.problem = Problem.of(key, args);
        }

        Problem problem() {
            return problem;
        }
    }

    static final BigDecimal MAX_POINTS = BigDecimal.valueOf(1000);

    private DraftRules() {
    }

    /** The draft accepted, or rejected with its first problem. */
    static ParsedQuestion judge(int position, String label, QuestionDraft draft) {
        return check(draft).map(p -> p.at(position, label)).orElseGet(() -> ParsedQuestion.accepted(position, label,
                draft));
    }

    static Optional<Problem> check(QuestionDraft d) {
        if (RichText.isBlank(d.stem())) {
            return Optional.of(Problem.of("emptyStem"));
        }
        if (d.difficulty() != null && (d.difficulty() < 1 || d.difficulty() > 5)) {
            return Optional.of(Problem.of("difficultyRange", d.difficulty()));
        }
        if (d.points() != null && (d.points().signum() <= 0 || d.points().compareTo(MAX_POINTS) > 0)) {
            return Optional.of(Problem.of("pointsRange", d.points().toPlainString()));
        }
        return switch (d.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> choice(d);
            case TRUE_FALSE -> d.key().truth() == null ? Optional.of(Problem.of("noAnswer")) : Optional.empty();
            case FILL_BLANK -> blanks(d);
            case MATCHING -> matching(d);
            case ORDERING -> d.options().size() < 2 ? Optional.of(Problem.of("tooFewOptions", 2)) : Optional.empty();
            case SHORT_ANSWER -> Optional.empty();
            case COMPOUND -> Optional.of(Problem.of("unsupportedType", QuestionType.COMPOUND.name()));
        };
    }

    private static Optional<Problem> choice(QuestionDraft d) {
        AnswerKey key = d.key();
        if (d.options().size() < 2) {
            return Optional.of(Problem.of("tooFewOptions", 2));
        }
        if (key.correct().isEmpty()) {
            return Optional.of(Problem.of("noAnswer"));
        }
        for (int index : key.correct()) {
            if (index < 0 || index >= d.options().size()) {
                return Optional.of(Problem.of("missingOption", letter(index)));
            }
        }
        if (d.type() == QuestionType.SINGLE_CHOICE && key.correct().size() != 1) {
            return Optional.of(Problem.of("singleNeedsOne"));
        }
        return d.options().stream().anyMatch(RichText::isBlank) ? Optional.of(Problem.of("emptyOption"))
                : Optional.empty();
    }

    private static Optional<Problem> blanks(QuestionDraft d) {
        List<List<String>> blanks = d.key().blanks();
        if (blanks.isEmpty() || blanks.stream().anyMatch(b -> b.isEmpty() || b.stream().anyMatch(String::isBlank))) {
            return Optional.of(Problem.of("noAnswer"));
        }
        int inStem = RichText.blanks(d.stem());
        return inStem == blanks.size() ? Optional.empty()
                : Optional.of(Problem.of("blankCount", inStem, blanks.size()));
    }

    private static Optional<Problem> matching(QuestionDraft d) {
        if (d.prompts().isEmpty() || d.options().size() < 2) {
            return Optional.of(Problem.of("tooFewOptions", 2));
        }
        if (d.key().correct().size() != d.prompts().size()) {
            return Optional.of(Problem.of("matchingIncomplete"));
        }
        for (int index : d.key().correct()) {
            if (index < 0 || index >= d.options().size()) {
                return Optional.of(Problem.of("missingOption", letter(index)));
            }
        }
        return Optional.empty();
    }

    /** A stem with as many blanks as answers: when it marks none, they are added at its end. */
    static String withBlanks(String stem, int count) {
        if (RichText.blanks(stem) > 0 || count == 0) {
            return stem;
        }
        return stem + (" " + RichText.BLANK_MARK).repeat(count);
    }

    static String letter(int index) {
        return index >= 0 && index < 26 ? String.valueOf((char) ('A' + index)) : Integer.toString(index + 1);
    }
}
