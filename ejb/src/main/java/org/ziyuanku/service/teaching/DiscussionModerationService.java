package org.ziyuanku.service.teaching;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.ziyuanku.domain.teaching.DiscussionModeration;
import org.ziyuanku.domain.teaching.DiscussionReply;
import org.ziyuanku.domain.teaching.DiscussionStatus;
import org.ziyuanku.domain.teaching.DiscussionTopic;
import org.ziyuanku.service.audit.AuditTarget;
import org.ziyuanku.service.audit.Audited;
import org.ziyuanku.service.audit.AuditedCall;
import org.ziyuanku.service.review.ScreenedText;
import org.ziyuanku.service.review.SensitiveWordScreening;
import org.ziyuanku.service.teaching.internal.DiscussionAudience;
import org.ziyuanku.service.teaching.internal.DiscussionRepository;
import org.ziyuanku.service.teaching.internal.OfferingAccess;

/**
 * Moderation of discussions by the staff of the topic's class (or of the offering, for an offering-wide topic):
 * approve held text, hide or delete a topic or reply with a reason (kept with who and when; the text stays in the
 * database for the record), lock and pin a topic, mark one best reply. A learner gets 403, anyone else 404; every
 * action and refusal is audited.
 */
@Stateless
@PermitAll
public class DiscussionModerationService {

    static final String MODERATE = "DISCUSSION_MODERATE";

    @Inject
    private DiscussionAudience audience;

    @Inject
    private DiscussionRepository discussions;

    @Inject
    private OfferingAccess access;

    @Inject
    private SensitiveWordScreening screening;

    @Inject
    private AuditedCall audited;

    /** Approves, hides or deletes the topic. */
    @Audited(action = MODERATE)
    public String moderateTopic(@AuditTarget("discussion:") long topicId, ModerationAction action, String reason) {
        DiscussionTopic topic = audience.moderatedTopic(topicId);
        DiscussionStatus status = status(action, topic.getModeration().getStatus());
        topic.moderate(status, reason(action, reason), access.accountId());
        discussions.flush();
        audited.detail(action.name() + (reason == null ? "" : ": " + reason.strip()));
        return status.name();
    }

    /** Approves, hides or deletes the reply. */
    @Audited(action = MODERATE)
    public String moderateReply(@AuditTarget("discussion-reply:") long replyId, ModerationAction action,
            String reason) {
        DiscussionReply reply = discussions.reply(replyId).orElseThrow(TeachingRefusedException::notFound);
        audience.moderatedTopic(reply.getTopicId());
        DiscussionStatus status = status(action, reply.getModeration().getStatus());
        reply.moderate(status, reason(action, reason), access.accountId());
        if (status != DiscussionStatus.VISIBLE) {
            reply.setBest(false);
        }
        discussions.flush();
        audited.detail(action.name() + (reason == null ? "" : ": " + reason.strip()));
        return status.name();
    }

    /** Locks the topic (no more replies) or opens it again. */
    @Audited(action = MODERATE)
    public void lock(@AuditTarget("discussion:") long topicId, boolean locked) {
        audience.moderatedTopic(topicId).setLocked(locked);
        audited.detail(locked ? "LOCK" : "UNLOCK");
    }

    /** Pins the topic to the top of the list, or unpins it. */
    @Audited(action = MODERATE)
    public void pin(@AuditTarget("discussion:") long topicId, boolean pinned) {
        audience.moderatedTopic(topicId).setPinned(pinned);
        audited.detail(pinned ? "PIN" : "UNPIN");
    }

    /** Marks the visible reply as the topic's best one (the one before loses the mark). */
    @Audited(action = MODERATE)
    public void markBest(@AuditTarget("discussion-reply:") long replyId) {
        DiscussionReply reply = discussions.reply(replyId).orElseThrow(TeachingRefusedException::notFound);
        audience.moderatedTopic(reply.getTopicId());
        if (reply.getModeration().getStatus() != DiscussionStatus.VISIBLE) {
            throw new TeachingRefusedException("teaching.refused.discussionBest");
        }
        discussions.clearBest(reply.getTopicId());
        reply.setBest(true);
        discussions.flush();
        audited.detail("BEST");
    }

    private static DiscussionStatus status(ModerationAction action, DiscussionStatus now) {
        if (action == null) {
            throw new TeachingRefusedException("teaching.refused.moderationAction");
        }
        return switch (action) {
            case APPROVE -> {
                if (now != DiscussionStatus.HELD && now != DiscussionStatus.HIDDEN) {
                    throw new TeachingRefusedException("teaching.refused.moderationAction");
                }
                yield DiscussionStatus.VISIBLE;
            }
            case HIDE -> DiscussionStatus.HIDDEN;
            case DELETE -> DiscussionStatus.DELETED;
        };
    }

    private String reason(ModerationAction action, String reason) {
        String r = reason == null ? "" : reason.strip();
        if (action != ModerationAction.APPROVE && r.isEmpty() || r.length() > DiscussionModeration.MAX_NOTE) {
            throw new TeachingRefusedException("teaching.refused.moderationReason",
                    Integer.toString(DiscussionModeration.MAX_NOTE));
        }
        if (!r.isEmpty()) {
            screening.refuseBlocked(List.of(new ScreenedText("reason", r)));
        }
        return r.isEmpty() ? null : r;
    }
}
