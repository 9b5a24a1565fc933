package org.ziyuanku.service.teaching.internal;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.ziyuanku.domain.teaching.DiscussionAttachment;
import org.ziyuanku.service.system.EntityRepository;

/** The files attached to discussion topics and replies. */
@ApplicationScoped
public class DiscussionAttachmentRepository extends EntityRepository<DiscussionAttachment> {

    public DiscussionAttachmentRepository() {
        super(DiscussionAttachment.class);
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
