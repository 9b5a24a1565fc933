package org.ziyuanku.service.teaching.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ziyuanku.domain.teaching.DiscussionReply;
import org.ziyuanku.domain.teaching.DiscussionStatus;
import org.ziyuanku.domain.teaching.DiscussionTopic;
import org.ziyuanku.service.identity.Accounts;
import org.ziyuanku.service.teaching.DiscussionReplyView;
import org.ziyuanku.service.teaching.DiscussionThreadView;
import org.ziyuanku.service.teaching.DiscussionTopicView;

/** Builds what a viewer sees of topics and threads: learners see removed replies as empty, with the reason. */
@ApplicationScoped
public class DiscussionViews {

    @Inject
    private DiscussionRepository discussions;

    @Inject
    private Accounts accounts;

    /** The topics the viewer may read, with their visible reply counts. */
    public List<DiscussionTopicView> topics(List<DiscussionTopic> topics, DiscussionViewer viewer) {
        List<DiscussionTopic> readable = topics.stream().filter(t -> viewer.reaches(t)
                && viewer.reads(t.getModeration().getStatus(), t.getAuthorId())).toList();
        Map<Long, Long> counts = discussions.visibleReplyCounts(readable.stream().map(DiscussionTopic::getId)
                .toList());
        Map<Long, String> names = names(readable.stream().map(DiscussionTopic::getAuthorId).toList());
        return readable.stream().map(t -> topic(t, viewer, names, counts.getOrDefault(t.getId(), 0L))).toList();
    }

    /** The topic and its replies as the viewer sees them. */
    public DiscussionThreadView thread(DiscussionTopic topic, DiscussionViewer viewer) {
        List<DiscussionReply> replies = discussions.replies(topic.getId()).stream()
                .filter(r -> viewer.staff() || r.getModeration().getStatus() != DiscussionStatus.HELD
                        || r.getAuthorId() == viewer.accountId()).toList();
        Set<Long> authors = new HashSet<>(replies.stream().map(DiscussionReply::getAuthorId).toList());
        authors.add(topic.getAuthorId());
        Map<Long, String> names = names(List.copyOf(authors));
        Map<Long, Long> likes = discussions.likeCounts(topic.getId());
        Set<Long> liked = discussions.likedBy(viewer.accountId(), topic.getId());
        long visible = replies.stream().filter(r -> r.getModeration().getStatus() == DiscussionStatus.VISIBLE).count();
        return new DiscussionThreadView(topic(topic, viewer, names, visible), replies.stream().map(r -> reply(r,
                viewer, names.getOrDefault(r.getAuthorId(), ""), likes.getOrDefault(r.getId(), 0L),
                liked.contains(r.getId()))).toList(), viewer.staff());
    }

    /** One reply as the viewer sees it. */
    public DiscussionReplyView reply(DiscussionReply r, DiscussionViewer viewer, String author, long likes,
            boolean liked) {
        DiscussionStatus status = r.getModeration().getStatus();
        boolean shown = viewer.reads(status, r.getAuthorId());
        return new DiscussionReplyView(r.getId(), r.getParentId(), shown ? r.getBody() : "", status.name(), r.isBest(),
                author, r.getAuthorId() == viewer.accountId(), r.getCreatedAt(), likes, liked,
                r.getModeration().getNote());
    }

    private static DiscussionTopicView topic(DiscussionTopic t, DiscussionViewer viewer, Map<Long, String> names,
            long replies) {
        return new DiscussionTopicView(t.getId(), t.getOfferingId(), t.getClassId(), t.getNodeId(), t.getTitle(),
                t.getBody(), t.getModeration().getStatus().name(), t.isLocked(), t.isPinned(),
                names.getOrDefault(t.getAuthorId(), ""), t.getAuthorId() == viewer.accountId(), t.getCreatedAt(),
                t.getLastActivityAt(), replies, t.getModeration().getNote());
    }

    /** The names to show by account id ({@link Accounts#shownNames}). */
    public Map<Long, String> names(List<Long> ids) {
        return accounts.shownNames(new HashSet<>(ids));
    }
}
