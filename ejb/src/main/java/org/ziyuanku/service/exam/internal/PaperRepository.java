package org.ziyuanku.service.exam.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ziyuanku.domain.exam.ExamPaper;
import org.ziyuanku.domain.exam.QuestionStatus;
import org.ziyuanku.service.exam.PaperDrawer;
import org.ziyuanku.service.system.FlushingEntityRepository;

/** Exam papers, and the questions of a library as candidates to draw. */
@ApplicationScoped
public class PaperRepository extends FlushingEntityRepository<ExamPaper> {

    private static final int MAX_PAPERS = 500;

    public PaperRepository() {
        super(ExamPaper.class);
    }

    /** The library's papers, newest first. */
    public List<ExamPaper> ofLibrary(long libraryId) {
        return em.createQuery("select p from ExamPaper p where p.libraryId = :library order by p.createdAt desc,"
                + " p.id desc", ExamPaper.class).setParameter("library", libraryId).setMaxResults(MAX_PAPERS)
                .getResultList();
    }

    /**
     * The library's top-level questions that may be drawn for {@code accountId}'s own classes, in three queries
     * whatever their number: the approved ones and the account's own first versions not yet approved (a pending new
     * version of an approved question is left out: the approved one is drawn). A null account (a paper shared beyond
     * one teacher's classes) draws approved questions only.
     */
    public List<PaperDrawer.Candidate> candidates(long libraryId, Long accountId) {
        return candidates("q.libraryId = :library and (q.status = :approved or q.authorId = :author and q.status in"
                + " :unreviewed and q.revisionOf is null)", Map.of("library", libraryId, "approved",
                QuestionStatus.PUBLISHED, "author", accountId == null ? -1L : accountId, "unreviewed",
                List.of(QuestionStatus.DRAFT, QuestionStatus.IN_REVIEW, QuestionStatus.RETURNED)));
    }

    /** The given top-level questions of the library (archived ones too), by id. */
    public Map<Long, PaperDrawer.Candidate> questions(long libraryId, Collection<Long> ids) {
        Map<Long, PaperDrawer.Candidate> byId = new HashMap<>();
        if (!ids.isEmpty()) {
            candidates("q.libraryId = :library and q.id in :ids", Map.of("library", libraryId, "ids", ids))
                    .forEach(c -> byId.put(c.id(), c));
        }
        return byId;
    }

    private List<PaperDrawer.Candidate> candidates(String where, Map<String, Object> parameters) {
        String topLevel = " where q.parentId is null and " + where;
        TypedQuery<QuestionDrawRow> rows = em.createQuery("select new " + QuestionDrawRow.class.getName()
                + "(q.id, q.type, q.difficulty) from Question q" + topLevel, QuestionDrawRow.class);
        TypedQuery<QuestionPointRow> points = em.createQuery("select new " + QuestionPointRow.class.getName()
                + "(q.id, k) from Question q join q.knowledgePoints k" + topLevel, QuestionPointRow.class);
        TypedQuery<QuestionOptionCountRow> options = em.createQuery("select new "
                + QuestionOptionCountRow.class.getName() + "(q.id, count(o)) from Question q join q.options o"
                + topLevel + " group by q.id", QuestionOptionCountRow.class);
        parameters.forEach((name, value) -> {
            rows.setParameter(name, value);
            points.setParameter(name, value);
            options.setParameter(name, value);
        });
        Map<Long, List<String>> knowledge = new HashMap<>();
        points.getResultList().forEach(p -> knowledge.computeIfAbsent(p.questionId(), id -> new ArrayList<>())
                .add(p.point()));
        Map<Long, Integer> optionCounts = new HashMap<>();
        options.getResultList().forEach(o -> optionCounts.put(o.questionId(), (int) o.options()));
        return rows.getResultList().stream().map(r -> new PaperDrawer.Candidate(r.id(), r.type(),
                knowledge.getOrDefault(r.id(), List.of()), r.difficulty(), optionCounts.getOrDefault(r.id(), 0)))
                .toList();
    }

    /** Whether a paper lists the question (it cannot be deleted then). */
    public boolean listsQuestion(long questionId) {
        return !em.createNativeQuery("select 1 from exam_paper_question where question_id = ?1")
                .setParameter(1, questionId).setMaxResults(1).getResultList().isEmpty();
    }
}
