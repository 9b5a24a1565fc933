package org.ziyuanku.service.teaching;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ziyuanku.domain.teaching.DiscussionReply;
import org.ziyuanku.domain.teaching.DiscussionStatus;
import org.ziyuanku.domain.teaching.DiscussionTopic;
import org.ziyuanku.service.audit.AuditScope;
import org.ziyuanku.service.audit.AuditTarget;
import org.ziyuanku.service.audit.Audited;
import org.ziyuanku.service.audit.AuditedCall;
import org.ziyuanku.service.identity.Caller;
import org.ziyuanku.service.review.ScreenedText;
import org.ziyuanku.service.review.ScreeningResult;
import org.ziyuanku.service.review.SensitiveWordScreening;
import org.ziyuanku.service.system.NotificationCommand;
import org.ziyuanku.service.system.Notifier;
import org.ziyuanku.service.system.PageRoute;
import org.ziyuanku.service.teaching.internal.BoardHeadings;
import org.ziyuanku.service.teaching.internal.DiscussionAudience;
import org.ziyuanku.service.teaching.internal.DiscussionMentions;
import org.ziyuanku.service.teaching.internal.DiscussionRepository;
import org.ziyuanku.service.teaching.internal.DiscussionViewer;
import org.ziyuanku.service.teaching.internal.DiscussionViews;
import org.ziyuanku.service.teaching.internal.NoticeText;
import org.ziyuanku.service.teaching.internal.SeenTopic;

/**
 * Discussions (讨论区) of an offering: topics for one class or the whole offering, optionally about one course item,
 * with threaded replies and likes. Staff and the ACTIVE learners of a class take part; learners start topics in their
 * own class and reply wherever they read. What they write is sanitised (jsoup, as notices) and screened: a blocked word refuses
 * it naming the word, a flagged word holds a learner's text (HELD, seen by its author and staff) until staff approve
 * it. A locked topic takes no replies. Anyone else gets 404 and a denial in the audit trail. Moderation is
 * {@link DiscussionModerationService}'s.
 */
@Stateless
@PermitAll
public class DiscussionService {

    static final String NOTIFICATION = "notification.teaching.discussionReply";
    static final String MENTIONED = "notification.teaching.discussionMention";

    @Inject
    private DiscussionAudience audience;

    @Inject
    private DiscussionRepository discussions;

    @Inject
    private DiscussionViews views;

    @Inject
    private TeachingAccess teaching;

    @Inject
    private BoardHeadings headings;

    @Inject
    private SensitiveWordScreening screening;

    @Inject
    private Notifier notifier;

    @Inject
    private DiscussionMentions mentions;

    @Inject
    private Caller caller;

    @Inject
    private AuditedCall audited;

    /**
     * Starts a topic: staff for one of their classes or ({@code classId} null) the whole offering; a learner's topic is
     * always for their own class.
     *
     * @throws TeachingRefusedException for a missing or too long title or body, an unknown item (400), an offering or
     *         class the caller is not part of (404)
     * @throws org.ziyuanku.service.review.SensitiveWordBlockedException naming the blocked words; nothing is stored
     */
    @Audited(action = "DISCUSSION_START", target = "discussion:new")
    public DiscussionTopicView start(@AuditScope("offering:") long offeringId, DiscussionTopicCommand command) {
        DiscussionViewer viewer = audience.of(offeringId);
        if (command.classId() != null && !viewer.classIds().contains(command.classId())) {
            throw TeachingRefusedException.concealedDenial();
        }
        if (command.nodeId() != null && teaching.visibleItem(offeringId, command.nodeId()).isEmpty()) {
            throw new TeachingRefusedException("teaching.refused.discussionItem", command.nodeId().toString());
        }
        String title = title(command.title());
        String body = body(command.body(), DiscussionTopic.MAX_BODY);
        DiscussionStatus status = status(viewer, screening.refuseBlocked(List.of(new ScreenedText("title", title),
                new ScreenedText("body", NoticeText.text(body)))));
        Long classId = viewer.staff() ? command.classId() : viewer.classIds().get(0);
        DiscussionMentions.Mentioned marked = mentions.mark(offeringId, classId, body);
        DiscussionTopic topic = new DiscussionTopic(offeringId, classId, command.nodeId(), viewer.accountId(), title,
                marked.body(), status);
        discussions.add(topic);
        discussions.flush();
        audited.target("discussion:" + topic.getId());
        audited.detail(status.name());
        notifyMentioned(marked, status, topic, List.of(viewer.accountId()));
        return views.topics(List.of(topic), viewer).get(0);
    }

    /** The topics of the offering the caller may read (optionally about one item), pinned and most active first. */
    public List<DiscussionTopicView> topics(long offeringId, Long nodeId) {
        DiscussionViewer viewer = audience.of(offeringId);
        return views.topics(discussions.topics(offeringId, viewer.classIds(), nodeId), viewer);
    }

    /** The offering's discussion board for the caller: its title, the caller's classes and the topics. */
    public DiscussionBoardView board(long offeringId) {
        DiscussionViewer viewer = audience.of(offeringId);
        BoardHeadings.Heading heading = headings.of(offeringId, viewer.classIds());
        return new DiscussionBoardView(offeringId, heading.title(), viewer.staff(), heading.classNames(),
                views.topics(discussions.topics(offeringId, viewer.classIds(), null), viewer));
    }

    /** The topic with its replies, when the caller may read it (else 404). */
    public DiscussionThreadView thread(long topicId) {
        SeenTopic seen = audience.readableTopic(topicId);
        return views.thread(seen.topic(), seen.viewer());
    }

    /**
     * Replies to the topic or to one of its replies; the topic's author is notified.
     *
     * @throws TeachingRefusedException a locked or held topic (409), a missing or too long body, a parent that is not
     *         a reply of this topic (400), a topic the caller may not read (404)
     */
    @Audited(action = "DISCUSSION_REPLY")
    public DiscussionReplyView reply(@AuditTarget("discussion:") long topicId, DiscussionReplyCommand command) {
        SeenTopic seen = audience.readableTopic(topicId);
        DiscussionTopic topic = seen.topic();
        if (topic.isLocked() || topic.getModeration().getStatus() != DiscussionStatus.VISIBLE) {
            throw new TeachingRefusedException(TeachingRefusedException.LOCKED);
        }
        if (command.parentId() != null && discussions.reply(command.parentId())
                .filter(p -> p.getTopicId() == topicId).isEmpty()) {
            throw new TeachingRefusedException("teaching.refused.discussionParent", command.parentId().toString());
        }
        String body = body(command.body(), DiscussionReply.MAX_BODY);
        DiscussionStatus status = status(seen.viewer(), screening.refuseBlocked(List.of(new ScreenedText("body",
                NoticeText.text(body)))));
        DiscussionMentions.Mentioned marked = mentions.mark(topic.getOfferingId(), topic.getClassId(), body);
        DiscussionReply reply = new DiscussionReply(topicId, command.parentId(), seen.viewer().accountId(),
                marked.body(), status);
        discussions.add(reply);
        topic.touched();
        discussions.flush();
        audited.detail("reply:" + reply.getId() + " " + status.name());
        if (status == DiscussionStatus.VISIBLE && topic.getAuthorId() != seen.viewer().accountId()) {
            notifier.notify(new NotificationCommand(Set.of(topic.getAuthorId()), NOTIFICATION,
                    List.of(caller.displayName(), topic.getTitle()), new PageRoute("teaching.discussion",
                    Map.of("topic", Long.toString(topicId)))));
        }
        notifyMentioned(marked, status, topic, List.of(seen.viewer().accountId(), topic.getAuthorId()));
        return views.reply(reply, seen.viewer(), caller.displayName(), 0, false);
    }

    /** Likes a visible reply once (a second like changes nothing); answers the number of likes. */
    @Audited(action = "DISCUSSION_LIKE")
    public long like(@AuditTarget("discussion-reply:") long replyId, boolean liked) {
        DiscussionReply reply = discussions.reply(replyId).orElseThrow(TeachingRefusedException::notFound);
        SeenTopic seen = audience.readableTopic(reply.getTopicId());
        if (reply.getModeration().getStatus() != DiscussionStatus.VISIBLE) {
            throw TeachingRefusedException.concealedDenial();
        }
        if (liked) {
            discussions.like(replyId, seen.viewer().accountId());
        } else {
            discussions.unlike(replyId, seen.viewer().accountId());
        }
        return discussions.likes(replyId);
    }

    /** Tells the members a visible text mentions (but not its author, nor whom another notice already tells). */
    private void notifyMentioned(DiscussionMentions.Mentioned marked, DiscussionStatus status, DiscussionTopic topic,
            List<Long> skipped) {
        Set<Long> ids = new HashSet<>(marked.accountIds());
        ids.removeAll(skipped);
        if (status != DiscussionStatus.VISIBLE || ids.isEmpty()) {
            return;
        }
        notifier.notify(new NotificationCommand(ids, MENTIONED, List.of(caller.displayName(), topic.getTitle()),
                new PageRoute("teaching.discussion", Map.of("topic", Long.toString(topic.getId())))));
    }

    private static DiscussionStatus status(DiscussionViewer viewer, ScreeningResult screened) {
        return screened.flagged().isEmpty() || viewer.staff() ? DiscussionStatus.VISIBLE : DiscussionStatus.HELD;
    }

    private static String title(String title) {
        return NoticeText.title(title, DiscussionTopic.MAX_TITLE, "teaching.refused.discussionTitle");
    }

    private static String body(String body, int max) {
        return NoticeText.body(body, max, "teaching.refused.discussionBody");
    }
}
