package org.ziyuanku.service.resource.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Tuple;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ziyuanku.domain.resource.CommentStatus;
import org.ziyuanku.domain.resource.ResourceComment;
import org.ziyuanku.service.system.EntityRepository;

/** Comments on resources and their reports. */
@ApplicationScoped
public class ResourceCommentRepository extends EntityRepository<ResourceComment> {

    public ResourceCommentRepository() {
        super(ResourceComment.class);
    }

    /** One page of the resource's visible comments and the reader's own held ones, newest first. */
    public List<ResourceComment> page(long resourceId, long readerId, int page, int size) {
        return em.createQuery("select c from ResourceComment c where c.resourceId = :r and (c.status = :visible"
                + " or c.status = :held and c.authorId = :me) order by c.createdAt desc, c.id desc",
                ResourceComment.class).setParameter("r", resourceId).setParameter("visible", CommentStatus.VISIBLE)
                .setParameter("held", CommentStatus.HELD).setParameter("me", readerId)
                .setFirstResult(page * size).setMaxResults(size).getResultList();
    }

    /** How many comments {@link #page} pages through. */
    public long count(long resourceId, long readerId) {
        return em.createQuery("select count(c) from ResourceComment c where c.resourceId = :r and (c.status = :visible"
                + " or c.status = :held and c.authorId = :me)", Long.class).setParameter("r", resourceId)
                .setParameter("visible", CommentStatus.VISIBLE).setParameter("held", CommentStatus.HELD)
                .setParameter("me", readerId).getSingleResult();
    }

    /** Comments of the libraries (all when {@code libraryIds} is null) held, or reported and not yet decided. */
    public List<ResourceComment> waiting(Collection<Long> libraryIds) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select c.id from resource_comment c where (c.status = 'HELD'"
                + " or c.status = 'VISIBLE' and c.moderated_at is null and exists (select 1 from"
                + " resource_comment_report r where r.comment_id = c.id)) and (:all or c.library_id in (:libs))"
                + " order by c.created_at limit 500").setParameter("all", libraryIds == null)
                .setParameter("libs", libraryIds == null || libraryIds.isEmpty() ? List.of(-1L) : libraryIds)
                .getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select c from ResourceComment c where c.id in :ids order by c.createdAt",
                ResourceComment.class).setParameter("ids", ids.stream().map(Number::longValue).toList())
                .getResultList();
    }

    /** Records the reporter's report of the comment once; answers false when they had reported it already. */
    public boolean report(long commentId, long reporterId, String reason) {
        return em.createNativeQuery("insert into resource_comment_report (comment_id, reporter_id, reason, reported_at)"
                + " values (?1, ?2, ?3, ?4) on conflict do nothing").setParameter(1, commentId)
                .setParameter(2, reporterId).setParameter(3, reason).setParameter(4, LocalDateTime.now())
                .executeUpdate() == 1;
    }

    /** The number of reports per comment. */
    public Map<Long, Long> reports(Collection<Long> commentIds) {
        if (commentIds.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("select comment_id, count(*) as n from resource_comment_report"
                + " where comment_id in (:ids) group by comment_id", Tuple.class).setParameter("ids", commentIds)
                .getResultList();
        return rows.stream().collect(Collectors.toMap(t -> ((Number) t.get("comment_id")).longValue(),
                t -> ((Number) t.get("n")).longValue()));
    }
}
