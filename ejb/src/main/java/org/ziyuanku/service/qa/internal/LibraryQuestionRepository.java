package org.ziyuanku.service.qa.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ziyuanku.domain.qa.LibraryAnswer;
import org.ziyuanku.domain.qa.LibraryQuestion;

/** Library questions (答疑), their answers, and the full-text pre-selection of similar questions. */
@ApplicationScoped
public class LibraryQuestionRepository {

    /** How many questions a list shows, and how many candidates the full-text pre-selection hands to the ranking. */
    static final int WINDOW = 200;

    @PersistenceContext(unitName = "ziyuanku")
    private EntityManager em;

    public Optional<LibraryQuestion> question(long id) {
        return Optional.ofNullable(em.find(LibraryQuestion.class, id));
    }

    public Optional<LibraryAnswer> answer(long id) {
        return Optional.ofNullable(em.find(LibraryAnswer.class, id));
    }

    public void add(Object questionOrAnswer) {
        em.persist(questionOrAnswer);
    }

    public void flush() {
        em.flush();
    }

    /** How many questions the library has. */
    public long countOf(long libraryId) {
        return em.createQuery("select count(q) from LibraryQuestion q where q.libraryId = :l", Long.class)
                .setParameter("l", libraryId).getSingleResult();
    }

    /** The resource's questions, most recent activity first. */
    public List<LibraryQuestion> ofResource(long resourceId) {
        return em.createQuery("select q from LibraryQuestion q where q.resourceId = :r"
                + " order by q.lastActivityAt desc, q.id desc", LibraryQuestion.class).setParameter("r", resourceId)
                .setMaxResults(WINDOW).getResultList();
    }

    /** The library's FAQ, most recently promoted first. */
    public List<LibraryQuestion> faq(long libraryId) {
        return em.createQuery("select q from LibraryQuestion q where q.libraryId = :l and q.faq = true"
                + " order by q.faqAt desc, q.id desc", LibraryQuestion.class).setParameter("l", libraryId)
                .setMaxResults(WINDOW).getResultList();
    }

    /** The answers of a question, oldest first. */
    public List<LibraryAnswer> answers(long questionId) {
        return em.createQuery("select a from LibraryAnswer a where a.questionId = :q order by a.createdAt, a.id",
                LibraryAnswer.class).setParameter("q", questionId).getResultList();
    }

    /** The answers of these questions, oldest first. */
    public List<LibraryAnswer> answersOf(Collection<Long> questionIds) {
        if (questionIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select a from LibraryAnswer a where a.questionId in :q order by a.createdAt, a.id",
                LibraryAnswer.class).setParameter("q", questionIds).getResultList();
    }

    /** The best answers of these questions, by question id. */
    public Map<Long, LibraryAnswer> bestAnswers(Collection<Long> questionIds) {
        if (questionIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select a from LibraryAnswer a where a.questionId in :q and a.best = true",
                LibraryAnswer.class).setParameter("q", questionIds).getResultList().stream()
                .collect(Collectors.toMap(LibraryAnswer::getQuestionId, a -> a, (a, b) -> a, HashMap::new));
    }

    /**
     * The answered questions of the library sharing at least one of the terms (PostgreSQL full text, 'simple'
     * configuration, OR of the terms), best {@code ts_rank} first, at most {@link #WINDOW}. Terms are letters and
     * digits only (the segmenter's output), so they are safe inside the query text.
     */
    @SuppressWarnings("unchecked")
    public List<LibraryQuestion> answeredSharingTerms(long libraryId, List<String> terms) {
        if (terms.isEmpty()) {
            return List.of();
        }
        String query = terms.stream().map(t -> "\"" + t + "\"").collect(Collectors.joining(" or "));
        return em.createNativeQuery("select q.* from library_question q where q.library_id = :l"
                + " and q.status = 'ANSWERED' and q.search_vector @@ websearch_to_tsquery('simple', :t)"
                + " order by ts_rank(q.search_vector, websearch_to_tsquery('simple', :t)) desc, q.id desc",
                LibraryQuestion.class).setParameter("l", libraryId).setParameter("t", query).setMaxResults(WINDOW)
                .getResultList();
    }
}
