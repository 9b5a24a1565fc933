package org.ziyuanku.service.exam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.ziyuanku.domain.exam.QuestionType;
import org.ziyuanku.service.exam.PaperDrawer.Candidate;
import org.ziyuanku.service.exam.PaperDrawer.Rule;

class PaperDrawerTest {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final BigDecimal FIVE = BigDecimal.valueOf(5);

    /** 80 questions: ids 1–80, types cycling single/multiple/true-false/ordering, 焊接 on even ids, difficulty 1–5. */
    private static final List<Candidate> BANK = IntStream.rangeClosed(1, 80).mapToObj(i -> new Candidate(i,
            List.of(QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE, QuestionType.TRUE_FALSE,
                    QuestionType.ORDERING).get(i % 4), i % 2 == 0 ? List.of("焊接", "安全") : List.of("安全"),
            i % 5 + 1, i % 4 == 2 ? 0 : 4)).toList();
    private static final Map<Long, Candidate> BY_ID = BANK.stream()
            .collect(Collectors.toMap(Candidate::id, Function.identity()));

    private static final Rule SINGLE_WELDING = new Rule(QuestionType.SINGLE_CHOICE, "焊接", null, null, 3, TWO);
    private static final Rule SINGLE_HARD = new Rule(QuestionType.SINGLE_CHOICE, null, 3, 5, 4, FIVE);
    private static final Rule MULTIPLE_EASY = new Rule(QuestionType.MULTIPLE_CHOICE, "安全", 1, 2, 2, TWO);

    @Test
    void everyRuleIsRespected_typeKnowledgePointDifficultyAndCount() {
        List<Rule> rules = List.of(SINGLE_WELDING, SINGLE_HARD, MULTIPLE_EASY);
        for (long seed = 0; seed < 100; seed++) {
            PaperDraw draw = PaperDrawer.random(rules, BANK, seed);
            assertEquals(9, draw.questions().size());
            assertEquals(new BigDecimal("30"), draw.totalPoints());
            assertRulesMet(rules, draw);
        }
    }

    @Test
    void overlappingRules_neverRepeatAQuestion_anEarlierRulesPickIsExcluded() {
        List<Candidate> singles = BANK.stream().filter(c -> c.type() == QuestionType.SINGLE_CHOICE).toList();
        Rule everySingle = new Rule(QuestionType.SINGLE_CHOICE, null, null, null, 5, TWO);
        Rule rest = new Rule(QuestionType.SINGLE_CHOICE, null, null, null, singles.size() - 5, TWO);
        for (long seed = 0; seed < 50; seed++) {
            PaperDraw draw = PaperDrawer.random(List.of(everySingle, rest), BANK, seed);
            Set<Long> ids = ids(draw);
            assertEquals(singles.size(), ids.size(), "all singles, each once");
            assertEquals(singles.stream().map(Candidate::id).collect(Collectors.toSet()), ids);
        }
        for (long seed = 0; seed < 50; seed++) {
            PaperDraw draw = PaperDrawer.random(List.of(SINGLE_WELDING, SINGLE_HARD), BANK, seed);
            assertEquals(7, ids(draw).size(), "no question twice although the rules overlap");
        }
    }

    @Test
    void theSameSeedGivesTheSamePaper_differentSeedsDifferentOrders() {
        List<Rule> rules = List.of(SINGLE_WELDING, SINGLE_HARD, MULTIPLE_EASY);
        assertEquals(PaperDrawer.random(rules, BANK, 42), PaperDrawer.random(rules, BANK, 42));
        List<Candidate> reversed = new ArrayList<>(BANK);
        java.util.Collections.reverse(reversed);
        assertEquals(PaperDrawer.random(rules, BANK, 42), PaperDrawer.random(rules, reversed, 42),
                "the candidates' order does not matter");
        Set<List<Long>> orders = new HashSet<>();
        for (long seed = 0; seed < 50; seed++) {
            orders.add(PaperDrawer.random(rules, BANK, seed).questions().stream().map(PaperDraw.Drawn::questionId)
                    .toList());
        }
        assertTrue(orders.size() >= 2, "different seeds give different papers: " + orders.size());
        assertTrue(orders.size() >= 40, "nearly every seed gives its own paper: " + orders.size());
    }

    @Test
    void optionsOfChoiceAndOrderingQuestionsArePermuted_othersNot() {
        Set<List<Integer>> permutations = new HashSet<>();
        for (long seed = 0; seed < 50; seed++) {
            for (PaperDraw.Drawn drawn : PaperDrawer.random(List.of(SINGLE_HARD, MULTIPLE_EASY,
                    new Rule(QuestionType.TRUE_FALSE, null, null, null, 3, TWO),
                    new Rule(QuestionType.ORDERING, null, null, null, 2, TWO)), BANK, seed).questions()) {
                Candidate question = BY_ID.get(drawn.questionId());
                if (question.type() == QuestionType.TRUE_FALSE) {
                    assertEquals(List.of(), drawn.optionOrder());
                } else {
                    assertEquals(Set.of(0, 1, 2, 3), new HashSet<>(drawn.optionOrder()), "a permutation");
                    permutations.add(drawn.optionOrder());
                }
            }
        }
        assertTrue(permutations.size() > 10, "options are shuffled per learner: " + permutations.size());
    }

    @Test
    void aFixedPaperShufflesOrderOnly() {
        List<PaperDrawer.Listed> listed = BANK.subList(0, 8).stream()
                .map(c -> new PaperDrawer.Listed(c, BigDecimal.valueOf(c.id()))).toList();
        Set<List<Long>> orders = new HashSet<>();
        for (long seed = 0; seed < 50; seed++) {
            PaperDraw draw = PaperDrawer.fixed(listed, seed);
            assertEquals(Set.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L), ids(draw), "the listed questions, each once");
            draw.questions().forEach(d -> assertEquals(BigDecimal.valueOf(d.questionId()), d.points()));
            assertEquals(new BigDecimal("36"), draw.totalPoints());
            orders.add(draw.questions().stream().map(PaperDraw.Drawn::questionId).toList());
        }
        assertTrue(orders.size() >= 2, "the order is shuffled: " + orders.size());
        assertEquals(PaperDrawer.fixed(listed, 7), PaperDrawer.fixed(listed, 7));
        assertNotEquals(PaperDrawer.fixed(listed, 7).questions(), PaperDrawer.fixed(listed, 8).questions());
    }

    @Test
    void aRuleThatCannotBeMet_refusesThePaperNamingTheRuleAndWhatIsAvailable() {
        Rule tooMany = new Rule(QuestionType.SINGLE_CHOICE, "焊接", 3, 5, 20, TWO);
        long available = BANK.stream().filter(tooMany::matches).count();
        PaperRefusedException refused = assertThrows(PaperRefusedException.class,
                () -> PaperDrawer.random(List.of(MULTIPLE_EASY, tooMany), BANK, 1));
        assertEquals("exam.paper.invalid.notEnough", refused.getReasonKey());
        assertEquals(List.of("2", "enum.QuestionType.SINGLE_CHOICE", "20", Long.toString(available)),
                List.of(refused.getReasonArgs()).stream().map(String::valueOf).toList());

        List<Candidate> singles = BANK.stream().filter(c -> c.type() == QuestionType.SINGLE_CHOICE).toList();
        Rule all = new Rule(QuestionType.SINGLE_CHOICE, null, null, null, singles.size(), TWO);
        PaperRefusedException overlap = assertThrows(PaperRefusedException.class,
                () -> PaperDrawer.random(List.of(SINGLE_WELDING, all), BANK, 1));
        assertEquals(List.of("2", "enum.QuestionType.SINGLE_CHOICE", Integer.toString(singles.size()),
                Integer.toString(singles.size() - 3)), List.of(overlap.getReasonArgs()).stream()
                        .map(String::valueOf).toList(), "what the earlier rule took is not available");
        assertEquals(RefusedKind.INVALID, RefusedKind.of(overlap));
    }

    private static Set<Long> ids(PaperDraw draw) {
        Set<Long> ids = new HashSet<>();
        draw.questions().forEach(d -> assertTrue(ids.add(d.questionId()), "drawn twice: " + d.questionId()));
        return ids;
    }

    /** Each rule's count of questions matching it, with its points, and no question twice. */
    private static void assertRulesMet(List<Rule> rules, PaperDraw draw) {
        ids(draw);
        List<PaperDraw.Drawn> left = new ArrayList<>(draw.questions());
        for (Rule rule : rules) {
            List<PaperDraw.Drawn> matching = left.stream().filter(d -> rule.matches(BY_ID.get(d.questionId()))
                    && d.points().equals(rule.points())).toList();
            assertTrue(matching.size() >= rule.count(), rule + " in " + draw);
            left.removeAll(matching.subList(0, rule.count()));
        }
        assertEquals(List.of(), left, "nothing drawn outside the rules");
    }

    private enum RefusedKind {
        INVALID, OTHER;

        static RefusedKind of(PaperRefusedException e) {
            return e.kind() == org.ziyuanku.service.system.RefusedException.Kind.INVALID ? INVALID : OTHER;
        }
    }
}
