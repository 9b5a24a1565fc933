package org.ziyuanku.service.teaching.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.ziyuanku.domain.teaching.DiscussionAttachment;

/** The files attached to discussion topics and replies. */
@ApplicationScoped
public class DiscussionAttachmentRepository {

    @PersistenceContext(unitName = "ziyuanku")
    private EntityManager em;

    public Optional<DiscussionAttachment> find(long id) {
        return Optional.ofNullable(em.find(DiscussionAttachment.class, id));
    }

    public void add(DiscussionAttachment attachment) {
        em.persist(attachment);
    }

    /** The topic's attachments (its own and its replies'), oldest first. */
    public List<DiscussionAttachment> ofTopic(long topicId) {
        return em.createQuery("select a from DiscussionAttachment a where a.topicId = :t order by a.id",
                DiscussionAttachment.class).setParameter("t", topicId).getResultList();
    }

    /** How many files the topic itself ({@code replyId} null) or the reply carries. */
    public long count(long topicId, Long replyId) {
        return em.createQuery("select count(a) from DiscussionAttachment a where a.topicId = :t and"
                + " coalesce(a.replyId, -1) = :r", Long.class).setParameter("t", topicId)
                .setParameter("r", replyId == null ? -1L : replyId).getSingleResult();
    }
}
