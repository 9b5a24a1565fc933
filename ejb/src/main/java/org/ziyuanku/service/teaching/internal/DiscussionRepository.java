package org.ziyuanku.service.teaching.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ziyuanku.domain.teaching.DiscussionReply;
import org.ziyuanku.domain.teaching.DiscussionTopic;

/** Discussion topics, their replies and likes. */
@ApplicationScoped
public class DiscussionRepository {

    private static final String ORDER = " order by t.pinned desc, t.lastActivityAt desc, t.id desc";

    @PersistenceContext(unitName = "ziyuanku")
    private EntityManager em;

    public Optional<DiscussionTopic> topic(long id) {
        return Optional.ofNullable(em.find(DiscussionTopic.class, id));
    }

    public Optional<DiscussionReply> reply(long id) {
        return Optional.ofNullable(em.find(DiscussionReply.class, id));
    }

    public void add(Object topicOrReply) {
        em.persist(topicOrReply);
    }

    public void flush() {
        em.flush();
    }

    /**
     * The offering's topics of the whole offering and of the given classes (optionally about one item), newest
     * activity first, pinned before.
     */
    public List<DiscussionTopic> topics(long offeringId, Collection<Long> classIds, Long nodeId) {
        List<Long> ids = classIds.isEmpty() ? List.of(-1L) : List.copyOf(classIds);
        TypedQuery<DiscussionTopic> q = em.createQuery("select t from DiscussionTopic t where t.offeringId = :o and"
                + " (t.classId is null or t.classId in :c)" + (nodeId == null ? "" : " and t.nodeId = :n") + ORDER,
                DiscussionTopic.class).setParameter("o", offeringId).setParameter("c", ids);
        return (nodeId == null ? q : q.setParameter("n", nodeId)).setMaxResults(500).getResultList();
    }

    /** The topic's replies, oldest first. */
    public List<DiscussionReply> replies(long topicId) {
        return em.createQuery("select r from DiscussionReply r where r.topicId = :t order by r.createdAt, r.id",
                DiscussionReply.class).setParameter("t", topicId).getResultList();
    }

    /** The number of VISIBLE replies per topic. */
    public Map<Long, Long> visibleReplyCounts(Collection<Long> topicIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (!topicIds.isEmpty()) {
            em.createQuery("select new org.ziyuanku.service.teaching.internal.DiscussionCount(r.topicId, count(r))"
                    + " from DiscussionReply r where r.topicId in :t and r.moderation.status ="
                    + " org.ziyuanku.domain.teaching.DiscussionStatus.VISIBLE group by r.topicId",
                    DiscussionCount.class).setParameter("t", topicIds).getResultList()
                    .forEach(c -> counts.put(c.id(), c.count()));
        }
        return counts;
    }

    /** The number of likes per reply of the topic. */
    public Map<Long, Long> likeCounts(long topicId) {
        Map<Long, Long> counts = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("select l.reply_id as reply, count(*) as likes from discussion_like l"
                + " join discussion_reply r on r.id = l.reply_id where r.topic_id = ?1 group by l.reply_id",
                Tuple.class).setParameter(1, topicId).getResultList();
        rows.forEach(row -> counts.put(((Number) row.get("reply")).longValue(), ((Number) row.get("likes"))
                .longValue()));
        return counts;
    }

    /** The replies of the topic the account likes. */
    public Set<Long> likedBy(long accountId, long topicId) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select l.reply_id from discussion_like l join discussion_reply r on"
                + " r.id = l.reply_id where r.topic_id = ?1 and l.account_id = ?2").setParameter(1, topicId)
                .setParameter(2, accountId).getResultList();
        Set<Long> liked = new HashSet<>();
        ids.forEach(n -> liked.add(n.longValue()));
        return liked;
    }

    /** Records the like once; a second one changes nothing. */
    public void like(long replyId, long accountId) {
        em.createNativeQuery("insert into discussion_like (reply_id, account_id, liked_at) values (?1, ?2,"
                + " localtimestamp) on conflict do nothing").setParameter(1, replyId).setParameter(2, accountId)
                .executeUpdate();
    }

    public void unlike(long replyId, long accountId) {
        em.createNativeQuery("delete from discussion_like where reply_id = ?1 and account_id = ?2")
                .setParameter(1, replyId).setParameter(2, accountId).executeUpdate();
    }

    public long likes(long replyId) {
        return ((Number) em.createNativeQuery("select count(*) from discussion_like where reply_id = ?1")
                .setParameter(1, replyId).getSingleResult()).longValue();
    }

    /** Clears the topic's best reply (before another is marked). */
    public void clearBest(long topicId) {
        em.createQuery("update DiscussionReply r set r.best = false where r.topicId = :t and r.best = true")
                .setParameter("t", topicId).executeUpdate();
    }
}
