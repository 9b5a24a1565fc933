package org.ziyuanku.service.review.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityGraph;
import jakarta.persistence.TypedQuery;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ziyuanku.domain.review.ReviewSubmission;
import org.ziyuanku.domain.review.ReviewSubmissionStatus;
import org.ziyuanku.domain.review.ReviewTask;
import org.ziyuanku.domain.review.ReviewerRule;
import org.ziyuanku.service.review.ReviewLevelCount;
import org.ziyuanku.service.review.ReviewQueueQuery;
import org.ziyuanku.service.system.EntityRepository;
import org.ziyuanku.service.system.LikePattern;

/** Submissions and their level tasks, in the database every node shares. */
@ApplicationScoped
public class ReviewSubmissionRepository extends EntityRepository<ReviewSubmission> {

    public ReviewSubmissionRepository() {
        super(ReviewSubmission.class);
    }

    public void add(ReviewTask task) {
        em.persist(task);
    }

    public Optional<ReviewTask> task(long id) {
        return Optional.ofNullable(em.find(ReviewTask.class, id));
    }

    /** The open task of the submission's current level. */
    public Optional<ReviewTask> openTask(ReviewSubmission submission) {
        return em.createNamedQuery("ReviewTask.findOpenBySubmission", ReviewTask.class)
                .setParameter("submission", submission).getResultStream().findFirst();
    }

    /** The item's submissions, newest first. */
    public List<ReviewSubmission> ofSubject(String type, long subjectId) {
        return em.createNamedQuery("ReviewSubmission.findBySubject", ReviewSubmission.class).setParameter("type", type)
                .setParameter("subject", subjectId).getResultList();
    }

    /** The item's newest submission in that status. */
    public Optional<ReviewSubmission> latest(String type, long subjectId, ReviewSubmissionStatus status) {
        return ofSubject(type, subjectId).stream().filter(s -> s.getStatus() == status).findFirst();
    }

    /** The account's submissions, newest first. */
    public List<ReviewSubmission> byAuthor(long accountId, int max) {
        return em.createNamedQuery("ReviewSubmission.findByAuthor", ReviewSubmission.class)
                .setParameter("author", accountId).setMaxResults(max).getResultList();
    }

    /**
     * The open tasks of the levels the scopes admit, with the query's filters, longest waiting first; their
     * submissions, authors and authors' units come in the same query.
     */
    public List<ReviewTask> openTasks(ReviewerScopes scopes, ReviewQueueQuery query) {
        return openTasks(scopes, query, 0, ReviewQueueQuery.MAX);
    }

    /**
     * At most {@code max} of the open tasks {@link #openTasks(ReviewerScopes, ReviewQueueQuery)} lists, from the
     * {@code first}; the order (when the level opened, then the task id) is total, so pages neither overlap nor skip.
     */
    public List<ReviewTask> openTasks(ReviewerScopes scopes, ReviewQueueQuery query, int first, int max) {
        if (scopes.isEmpty()) {
            return List.of();
        }
        EntityGraph<ReviewTask> withAuthors = em.createEntityGraph(ReviewTask.class);
        withAuthors.addSubgraph("submission").addSubgraph("author").addAttributeNodes("organisation");
        String jpql = "select t from ReviewTask t join t.submission s" + admitted(scopes) + filters(query)
                + " order by t.openedAt, t.id";
        return filtered(em.createQuery(jpql, ReviewTask.class), scopes, query)
                .setHint("jakarta.persistence.loadgraph", withAuthors).setFirstResult(first).setMaxResults(max)
                .getResultList();
    }

    /** How many open tasks {@link #openTasks(ReviewerScopes, ReviewQueueQuery)} would list without a limit. */
    public long countOpenTasks(ReviewerScopes scopes, ReviewQueueQuery query) {
        if (scopes.isEmpty()) {
            return 0;
        }
        String jpql = "select count(t) from ReviewTask t join t.submission s" + admitted(scopes) + filters(query);
        return filtered(em.createQuery(jpql, Long.class), scopes, query).getSingleResult();
    }

    /** How many open tasks the scopes admit, per level, lowest level first (one grouped query). */
    public List<ReviewLevelCount> countOpenTasksByLevel(ReviewerScopes scopes) {
        if (scopes.isEmpty()) {
            return List.of();
        }
        String jpql = "select new org.ziyuanku.service.review.ReviewLevelCount(t.levelNo, count(t))"
                + " from ReviewTask t join t.submission s" + admitted(scopes) + " group by t.levelNo order by t.levelNo";
        return bind(em.createQuery(jpql, ReviewLevelCount.class), scopes).getResultList();
    }

    private static String filters(ReviewQueueQuery query) {
        return (query.libraryId() == null ? "" : " and s.libraryId = :library")
                + (query.level() == null ? "" : " and t.levelNo = :level")
                + (query.kind() == null ? "" : " and s.kind = :kind")
                + (query.course() == null ? "" : " and lower(s.course) like :course" + LikePattern.ESCAPE)
                + (query.waitingHours() == null ? "" : " and t.openedAt <= :cutoff");
    }

    private static <T> TypedQuery<T> filtered(TypedQuery<T> q, ReviewerScopes scopes, ReviewQueueQuery query) {
        bind(q, scopes);
        if (query.libraryId() != null) {
            q.setParameter("library", query.libraryId());
        }
        if (query.level() != null) {
            q.setParameter("level", query.level());
        }
        if (query.kind() != null) {
            q.setParameter("kind", query.kind());
        }
        if (query.course() != null) {
            q.setParameter("course", LikePattern.containing(query.course()));
        }
        if (query.waitingHours() != null) {
            q.setParameter("cutoff", LocalDateTime.now().minusHours(query.waitingHours()));
        }
        return q;
    }

    /** The libraries with open tasks the scopes admit, for a queue's library filter. */
    public List<Long> librariesWithOpenTasks(ReviewerScopes scopes) {
        return scopes.isEmpty() ? List.of() : bind(em.createQuery("select distinct s.libraryId from ReviewTask t"
                + " join t.submission s" + admitted(scopes), Long.class), scopes).getResultList();
    }

    /** The condition "open, and at a level the scopes admit", one clause per rule the caller holds. */
    private static String admitted(ReviewerScopes scopes) {
        List<String> clauses = new ArrayList<>();
        scopes.byRule().keySet().forEach(rule -> clauses.add("(t.rule = :rule" + rule.ordinal() + " and s."
                + scopeField(rule) + " in :scope" + rule.ordinal() + ")"));
        return " where t.status = org.ziyuanku.domain.review.ReviewTaskStatus.OPEN and (" + String.join(" or ", clauses)
                + ")";
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, ReviewerScopes scopes) {
        scopes.byRule().forEach((rule, ids) -> query.setParameter("rule" + rule.ordinal(), rule)
                .setParameter("scope" + rule.ordinal(), ids));
        return query;
    }

    private static String scopeField(ReviewerRule rule) {
        return switch (rule) {
            case UNIT_REVIEWER, COURSE_TEAM_LEAD -> "unitId";
            case HOST_UNIT_REVIEWER -> "hostUnitId";
            case LIBRARY_REVIEWER, LIBRARY_ADMIN -> "libraryId";
        };
    }
}
