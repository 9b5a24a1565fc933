package org.ziyuanku.service.teaching.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.ziyuanku.domain.teaching.DiscussionTopic;
import org.ziyuanku.service.identity.Caller;
import org.ziyuanku.service.teaching.TeachingAccess;
import org.ziyuanku.service.teaching.TeachingRefusedException;

/** Tells who the caller is to an offering's discussions; anyone who is neither its staff nor its learner gets 404. */
@ApplicationScoped
public class DiscussionAudience {

    @Inject
    private OfferingAccess access;

    @Inject
    private TeachingAccess teaching;

    @Inject
    private DiscussionRepository discussions;

    @Inject
    private Caller caller;

    /** The caller in the offering: staff of some of its classes, or an ACTIVE learner of one. */
    public DiscussionViewer of(long offeringId) {
        long me = access.accountId();
        List<Long> staffClasses = teaching.visibleClassIds(offeringId, me);
        if (!staffClasses.isEmpty()) {
            return new DiscussionViewer(me, true, staffClasses);
        }
        Optional<Long> mine = teaching.classOfLearner(offeringId, me);
        if (mine.isPresent()) {
            return new DiscussionViewer(me, false, List.of(mine.get()));
        }
        throw TeachingRefusedException.concealedDenial();
    }

    /** The topic, when the caller may read it (a topic of another class, or held or removed for a learner: 404). */
    public SeenTopic readableTopic(long topicId) {
        DiscussionTopic topic = discussions.topic(topicId).orElseThrow(TeachingRefusedException::notFound);
        DiscussionViewer viewer = of(topic.getOfferingId());
        if (!viewer.reaches(topic) || !viewer.reads(topic.getModeration().getStatus(), topic.getAuthorId())) {
            throw TeachingRefusedException.concealedDenial();
        }
        return new SeenTopic(topic, viewer);
    }

    /** The topic, when the caller is staff of its class (or of the offering, for an offering-wide topic). */
    public DiscussionTopic moderatedTopic(long topicId) {
        DiscussionTopic topic = discussions.topic(topicId).orElseThrow(TeachingRefusedException::notFound);
        DiscussionViewer viewer = of(topic.getOfferingId());
        if (!viewer.reaches(topic)) {
            throw TeachingRefusedException.concealedDenial();
        }
        if (!viewer.staff()) {
            throw caller.denied("moderate discussion " + topicId);
        }
        return topic;
    }
}
