package org.ziyuanku.service.exam.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ziyuanku.domain.exam.ExamPaper;
import org.ziyuanku.domain.exam.QuestionStatus;
import org.ziyuanku.domain.exam.QuestionType;
import org.ziyuanku.service.exam.PaperDrawer;

/** Exam papers, and the questions of a library as candidates to draw. */
@ApplicationScoped
public class PaperRepository {

    private static final int MAX_PAPERS = 500;

    @PersistenceContext(unitName = "ziyuanku")
    private EntityManager em;

    public Optional<ExamPaper> find(long id) {
        return Optional.ofNullable(em.find(ExamPaper.class, id));
    }

    public ExamPaper add(ExamPaper paper) {
        em.persist(paper);
        em.flush();
        return paper;
    }

    public void remove(ExamPaper paper) {
        em.remove(paper);
        em.flush();
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
        TypedQuery<Object[]> rows = em.createQuery("select q.id, q.type, q.difficulty from Question q" + topLevel, Object[].class);
        TypedQuery<Object[]> points = em.createQuery("select q.id, k from Question q join q.knowledgePoints k" + topLevel,
                Object[].class);
        TypedQuery<Object[]> options = em.createQuery("select q.id, count(o) from Question q join q.options o" + topLevel
                + " group by q.id", Object[].class);
        parameters.forEach((name, value) -> {
            rows.setParameter(name, value);
            points.setParameter(name, value);
            options.setParameter(name, value);
        });
        Map<Long, List<String>> knowledge = new HashMap<>();
        points.getResultList().forEach(r -> knowledge.computeIfAbsent((Long) r[0], id -> new ArrayList<>())
                .add((String) r[1]));
        Map<Long, Integer> optionCounts = new HashMap<>();
        options.getResultList().forEach(r -> optionCounts.put((Long) r[0], ((Number) r[1]).intValue()));
        return rows.getResultList().stream().map(r -> new PaperDrawer.Candidate((Long) r[0], (QuestionType) r[1],
                knowledge.getOrDefault((Long) r[0], List.of()), ((Number) r[2]).intValue(),
                optionCounts.getOrDefault((Long) r[0], 0))).toList();
    }

    /** Whether a paper lists the question (it cannot be deleted then). */
    public boolean listsQuestion(long questionId) {
        return !em.createNativeQuery("select 1 from exam_paper_question where question_id = ?1")
                .setParameter(1, questionId).setMaxResults(1).getResultList().isEmpty();
    }
}
