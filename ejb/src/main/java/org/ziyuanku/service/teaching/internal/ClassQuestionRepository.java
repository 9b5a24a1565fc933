package org.ziyuanku.service.teaching.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ziyuanku.domain.teaching.ClassAnswer;
import org.ziyuanku.domain.teaching.ClassQuestion;

/** Class questions (答疑) and their answers. */
@ApplicationScoped
public class ClassQuestionRepository {

    /** How many of a class's most active questions a list or a similarity search looks at. */
    static final int WINDOW = 500;

    @PersistenceContext(unitName = "ziyuanku")
    private EntityManager em;

    public Optional<ClassQuestion> question(long id) {
        return Optional.ofNullable(em.find(ClassQuestion.class, id));
    }

    public Optional<ClassAnswer> answer(long id) {
        return Optional.ofNullable(em.find(ClassAnswer.class, id));
    }

    public void add(Object questionOrAnswer) {
        em.persist(questionOrAnswer);
    }

    public void flush() {
        em.flush();
    }

    /** The questions of the given classes, most recent activity first. */
    public List<ClassQuestion> ofClasses(Collection<Long> classIds) {
        List<Long> ids = classIds.isEmpty() ? List.of(-1L) : List.copyOf(classIds);
        return em.createQuery("select q from ClassQuestion q where q.classId in :c"
                + " order by q.lastActivityAt desc, q.id desc", ClassQuestion.class).setParameter("c", ids)
                .setMaxResults(WINDOW).getResultList();
    }

    /** The question's answers, oldest first. */
    public List<ClassAnswer> answers(long questionId) {
        return em.createQuery("select a from ClassAnswer a where a.questionId = :q order by a.createdAt, a.id",
                ClassAnswer.class).setParameter("q", questionId).getResultList();
    }

    /** The number of answers no longer held, per question. */
    public Map<Long, Long> answerCounts(Collection<Long> questionIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (!questionIds.isEmpty()) {
            em.createQuery("select new org.ziyuanku.service.teaching.internal.DiscussionCount(a.questionId, count(a))"
                    + " from ClassAnswer a where a.questionId in :q and a.held = false group by a.questionId",
                    DiscussionCount.class).setParameter("q", questionIds).getResultList()
                    .forEach(c -> counts.put(c.id(), c.count()));
        }
        return counts;
    }

    /** Clears the question's accepted answer (before another is accepted). */
    public void clearAccepted(long questionId) {
        em.createQuery("update ClassAnswer a set a.accepted = false, a.acceptedBy = null where a.questionId = :q"
                + " and a.accepted = true").setParameter("q", questionId).executeUpdate();
        em.flush();
    }
}
