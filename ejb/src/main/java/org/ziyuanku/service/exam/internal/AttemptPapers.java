package org.ziyuanku.service.exam.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.ziyuanku.domain.exam.ExamPaper;
import org.ziyuanku.domain.exam.PaperKind;
import org.ziyuanku.domain.exam.PaperQuestion;
import org.ziyuanku.domain.exam.Question;
import org.ziyuanku.domain.exam.QuestionKey;
import org.ziyuanku.service.exam.AnswerKey;
import org.ziyuanku.service.exam.ExamRefusedException;
import org.ziyuanku.service.exam.PaperDraw;
import org.ziyuanku.service.exam.PaperDrawer;
import org.ziyuanku.service.exam.QuestionDraft;
import org.ziyuanku.service.exam.SnapshotQuestion;

/**
 * Draws learners' papers for an exam and turns each draw into the attempt's snapshot (what the learner sees, no key)
 * and its option orders and answer keys (server only); and gives the questions back with their keys for grading. One
 * {@link Source} per exam loads the paper and the library's candidates once, and each question once, however many
 * learners it prepares.
 */
@ApplicationScoped
public class AttemptPapers {

    @Inject
    private PaperRepository papers;

    @Inject
    private QuestionRepository questions;

    /**
     * A drawn paper ready to store: snapshot JSON, option orders JSON, the total of its points, the answer keys as
     * drawn ({@link SnapshotKeys}), and its top-level question ids (what a save checks its question against).
     */
    public record Prepared(String snapshot, String orders, BigDecimal maxScore, String keys, List<Long> questionIds) {
    }

    /**
     * What to draw from for the paper in an exam set by {@code ownerId} for their own class: approved questions and
     * the owner's own not yet approved ones (null: approved ones only).
     */
    public Source source(long paperId, Long ownerId) {
        ExamPaper paper = papers.find(paperId).orElseThrow(() -> ExamRefusedException.invalid("paper", paperId));
        if (paper.getKind() == PaperKind.RANDOM) {
            List<PaperDrawer.Rule> rules = PaperContents.rules(paper);
            List<PaperDrawer.Candidate> candidates = papers.candidates(paper.getLibraryId(), ownerId);
            return new Source(seed -> PaperDrawer.random(rules, candidates, seed), questions);
        }
        List<PaperQuestion> listed = paper.getQuestions();
        Map<Long, PaperDrawer.Candidate> byId = papers.questions(paper.getLibraryId(),
                listed.stream().map(PaperQuestion::getQuestionId).toList());
        List<PaperDrawer.Listed> fixed = listed.stream().filter(q -> byId.containsKey(q.getQuestionId()))
                .map(q -> new PaperDrawer.Listed(byId.get(q.getQuestionId()), q.getPoints())).toList();
        return new Source(seed -> PaperDrawer.fixed(fixed, seed), questions);
    }

    /**
     * The snapshot's question as the grader takes it: with the key frozen when the paper was drawn, or (an attempt
     * drawn before keys were kept) the question's current key.
     */
    public QuestionDraft gradingDraft(Map<Long, SnapshotKeys.Frozen> frozen, SnapshotQuestion q) {
        SnapshotKeys.Frozen keys = frozen.get(q.questionId());
        return keys == null ? gradingDraft(q.questionId(), q.points()) : SnapshotKeys.draft(q, keys);
    }

    /** The question with its current key, worth {@code points} in the paper. */
    public QuestionDraft gradingDraft(long questionId, BigDecimal points) {
        Question q = questions.find(questionId).orElseThrow(() -> ExamRefusedException.invalid("paper", questionId));
        return draft(q, points);
    }

    private static QuestionDraft draft(Question q, BigDecimal points) {
        QuestionKey k = q.getKey();
        AnswerKey key = new AnswerKey(k.correct(), k.truth(), k.blanks(), q.getScoring(), k.reference());
        return new QuestionDraft(q.getType(), q.getStem(), q.getOptions(), q.getPrompts(), key, q.getAnalysis(),
                q.getDifficulty(), q.getKnowledgePoints(), points,
                q.getParts().stream().map(p -> draft(p, p.getPoints())).toList(), List.of());
    }

    /** Draws papers of one exam. Not thread-safe; one per preparation run. */
    public static final class Source {

        private final Function<Long, PaperDraw> drawer;
        private final QuestionRepository questions;
        private final Map<Long, Question> cache = new HashMap<>();

        Source(Function<Long, PaperDraw> drawer, QuestionRepository questions) {
            this.drawer = drawer;
            this.questions = questions;
        }

        /** The paper drawn with the seed. */
        public Prepared prepare(long seed) {
            PaperDraw draw = drawer.apply(seed);
            List<SnapshotQuestion> shown = new ArrayList<>();
            Map<Long, List<Integer>> orders = new LinkedHashMap<>();
            Map<Long, SnapshotKeys.Frozen> keys = new LinkedHashMap<>();
            for (PaperDraw.Drawn drawn : draw.questions()) {
                Question q = cache.computeIfAbsent(drawn.questionId(), id -> questions.find(id).orElseThrow());
                List<String> options = drawn.optionOrder().isEmpty() ? q.getOptions()
                        : drawn.optionOrder().stream().map(i -> q.getOptions().get(i)).toList();
                shown.add(new SnapshotQuestion(q.getId(), q.getType(), q.getStem(), options, q.getPrompts(),
                        drawn.points(), q.getKey().blanks().size(), q.getParts().stream().map(Source::part).toList()));
                orders.put(q.getId(), drawn.optionOrder());
                keys.put(q.getId(), SnapshotKeys.Frozen.of(q));
            }
            return new Prepared(ExamJson.snapshot(shown), ExamJson.orders(orders), draw.totalPoints(),
                    SnapshotKeys.write(keys), shown.stream().map(SnapshotQuestion::questionId).toList());
        }

        private static SnapshotQuestion part(Question p) {
            return new SnapshotQuestion(p.getId(), p.getType(), p.getStem(), p.getOptions(), p.getPrompts(),
                    p.getPoints(), p.getKey().blanks().size(), List.of());
        }
    }
}
