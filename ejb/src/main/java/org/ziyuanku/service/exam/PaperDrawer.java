package org.ziyuanku.service.exam;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.ziyuanku.domain.exam.QuestionType;

/**
 * Draws one learner's paper, deterministically from a seed (the same seed gives the same paper). A RANDOM paper: each
 * rule in turn picks its count of distinct questions matching it at random, never one an earlier rule picked (so
 * overlapping rules never repeat a question); a rule that cannot be met refuses the paper
 * ({@code exam.paper.invalid.notEnough}: the rule's number, its type, how many it needs and how many are left). Then,
 * for both kinds, the questions are shuffled, and the options of every choice, matching and ordering question too.
 * Only top-level questions are candidates (the caller's business: sub-questions come with their compound question).
 */
public final class PaperDrawer {

    private static final Set<QuestionType> SHUFFLED_OPTIONS = EnumSet.of(QuestionType.SINGLE_CHOICE,
            QuestionType.MULTIPLE_CHOICE, QuestionType.MATCHING, QuestionType.ORDERING);

    /** A question that may be drawn: its type, knowledge points, difficulty and number of options. */
    public record Candidate(long id, QuestionType type, List<String> knowledgePoints, int difficulty, int optionCount)
            implements Serializable {

        private static final long serialVersionUID = 1L;

        public Candidate {
            knowledgePoints = List.copyOf(knowledgePoints);
        }
    }

    /** A rule of a RANDOM paper; a null knowledge point or difficulty bound does not restrict. */
    public record Rule(QuestionType type, String knowledgePoint, Integer difficultyMin, Integer difficultyMax,
            int count, BigDecimal points) implements Serializable {

        private static final long serialVersionUID = 1L;

        /** Whether the question matches the rule. */
        public boolean matches(Candidate candidate) {
            return candidate.type() == type
                    && (knowledgePoint == null || candidate.knowledgePoints().contains(knowledgePoint))
                    && (difficultyMin == null || candidate.difficulty() >= difficultyMin)
                    && (difficultyMax == null || candidate.difficulty() <= difficultyMax);
        }
    }

    /** A question of a FIXED paper with its points. */
    public record Listed(Candidate question, BigDecimal points) implements Serializable {

        private static final long serialVersionUID = 1L;
    }

    private PaperDrawer() {
    }

    /** A RANDOM paper drawn by the rules from the candidates. @throws PaperRefusedException for a rule not met */
    public static PaperDraw random(List<Rule> rules, List<Candidate> candidates, long seed) {
        Random random = new Random(seed);
        List<Candidate> pool = new ArrayList<>(candidates);
        pool.sort(Comparator.comparingLong(Candidate::id));
        Set<Long> used = new HashSet<>();
        List<Listed> drawn = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            Rule rule = rules.get(i);
            List<Candidate> matching = new ArrayList<>(pool.stream()
                    .filter(c -> !used.contains(c.id()) && rule.matches(c)).toList());
            if (matching.size() < rule.count()) {
                throw notEnough(i, rule, matching.size());
            }
            Collections.shuffle(matching, random);
            for (Candidate picked : matching.subList(0, rule.count())) {
                used.add(picked.id());
                drawn.add(new Listed(picked, rule.points()));
            }
        }
        return shuffled(drawn, random, seed);
    }

    /** A FIXED paper: its questions, order and options shuffled. */
    public static PaperDraw fixed(List<Listed> questions, long seed) {
        return shuffled(questions, new Random(seed), seed);
    }

    /** The refusal of a rule (numbered from 0 here, from 1 in the message) that only {@code available} questions meet. */
    public static PaperRefusedException notEnough(int index, Rule rule, int available) {
        return PaperRefusedException.invalid("notEnough", index + 1, "enum.QuestionType." + rule.type().name(),
                rule.count(), available);
    }

    private static PaperDraw shuffled(List<Listed> questions, Random random, long seed) {
        List<Listed> order = new ArrayList<>(questions);
        Collections.shuffle(order, random);
        List<PaperDraw.Drawn> drawn = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Listed listed : order) {
            drawn.add(new PaperDraw.Drawn(listed.question().id(), listed.points(), options(listed.question(), random)));
            total = total.add(listed.points());
        }
        return new PaperDraw(seed, drawn, total);
    }

    private static List<Integer> options(Candidate question, Random random) {
        if (!SHUFFLED_OPTIONS.contains(question.type()) || question.optionCount() < 2) {
            return List.of();
        }
        List<Integer> order = new ArrayList<>(IntStream.range(0, question.optionCount()).boxed().toList());
        Collections.shuffle(order, random);
        return order;
    }
}
