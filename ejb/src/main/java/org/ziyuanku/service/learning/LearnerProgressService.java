package org.ziyuanku.service.learning;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ziyuanku.domain.learning.ItemProgress;
import org.ziyuanku.domain.learning.LearningResume;
import org.ziyuanku.service.identity.Caller;
import org.ziyuanku.service.learning.internal.ItemMedia;
import org.ziyuanku.service.learning.internal.ItemMediaResolver;
import org.ziyuanku.service.learning.internal.ItemProgressRepository;
import org.ziyuanku.service.system.AccessDeniedException;
import org.ziyuanku.service.teaching.EnrolledOffering;
import org.ziyuanku.service.teaching.LearnableItem;
import org.ziyuanku.service.teaching.OutlineItem;
import org.ziyuanku.service.teaching.TeachingAccess;

/**
 * What a learner sees of their own learning (read only): the courses they are enrolled in with overall progress, a
 * course's outline with per-item status and "continue" (继续学习), and one item. Progress is what the server
 * credited; nothing here changes it.
 */
@Stateless
@PermitAll
public class LearnerProgressService {

    @Inject
    private Caller caller;

    @Inject
    private TeachingAccess teaching;

    @Inject
    private ItemProgressRepository progress;

    @Inject
    private ItemMediaResolver media;

    /** The offerings the caller is enrolled in, newest enrolment first, each with overall progress. */
    public List<MyCourseView> myCourses() {
        List<EnrolledOffering> offerings = teaching.enrolledOfferings(learner());
        Map<Long, List<ItemProgress>> rows = progress.ofEnrolments(offerings.stream()
                .map(EnrolledOffering::enrolmentId).toList()).stream()
                .collect(Collectors.groupingBy(ItemProgress::getEnrolmentId));
        return offerings.stream().map(o -> {
            List<OutlineItem> items = teaching.outlineItems(o.offeringId());
            int completed = completed(items, rows.getOrDefault(o.enrolmentId(), List.of()));
            return new MyCourseView(o.offeringId(), o.title(), o.termCode(), completed, items.size(),
                    percent(completed, items.size()));
        }).toList();
    }

    /** Whether the caller is enrolled in any offering (the console menu shows "my courses" only then). */
    public boolean learnsAnything() {
        return !caller.isAnonymous() && !teaching.enrolledOfferings(caller.accountId()).isEmpty();
    }

    /**
     * The caller's course page of an offering they are enrolled in.
     *
     * @throws LearningRefusedException {@code notFound} when they are not enrolled (or it does not exist)
     */
    public CourseProgressView course(long offeringId) {
        long learner = learner();
        EnrolledOffering offering = teaching.enrolledOfferings(learner).stream()
                .filter(o -> o.offeringId() == offeringId).findFirst().orElseThrow(LearningAttemptService::notFound);
        List<OutlineItem> items = teaching.outlineItems(offeringId);
        Map<Long, ItemProgress> byNode = byNode(progress.ofEnrolment(offering.enrolmentId()));
        List<ItemStatusView> statuses = items.stream().map(i -> status(i, byNode.get(i.nodeId()))).toList();
        int completed = completed(items, List.copyOf(byNode.values()));
        Optional<LearningResume> resume = progress.resume(offering.enrolmentId())
                .filter(r -> items.stream().anyMatch(i -> i.nodeId() == r.getOfferingNodeId()));
        return new CourseProgressView(offeringId, offering.title(), offering.termCode(), true, completed,
                items.size(), percent(completed, items.size()), resume.map(LearningResume::getOfferingNodeId)
                        .orElse(null), resume.map(LearningResume::getPositionMs).orElse(0L), statuses);
    }

    /**
     * One item for the caller's item page: enrolled learners see any visible item, others only trial items.
     *
     * @throws LearningRefusedException {@code notFound} otherwise, or when its resource is not published
     */
    public LearnerItemView item(long offeringId, long nodeId) {
        long learner = learner();
        LearnableItem item = teaching.visibleItem(offeringId, nodeId).orElseThrow(LearningAttemptService::notFound);
        Long enrolment = teaching.activeEnrolment(offeringId, learner).orElse(null);
        if (enrolment == null && !item.trial()) {
            throw LearningAttemptService.notFound();
        }
        ItemMedia facts = media.resolve(item).orElseThrow(LearningAttemptService::notFound);
        ItemProgress row = enrolment == null ? null
                : progress.find(enrolment, nodeId, facts.partId()).orElse(null);
        var r = facts.resource();
        return new LearnerItemView(offeringId, nodeId, item.title(), item.itemKind(), r == null ? null : r.id(),
                r == null ? null : r.kind().name(), r == null ? null : r.format(), r == null ? null : r.mediaType(),
                r == null ? null : r.previewStatus().name(), r == null ? null : r.previewMediaType(),
                facts.mode().name(), enrolment != null, statusOf(row), row == null ? 0 : row.percent(),
                item.pageBody());
    }

    private static ItemStatusView status(OutlineItem item, ItemProgress row) {
        return new ItemStatusView(item.nodeId(), item.moduleTitle(), item.topicTitle(), item.title(), statusOf(row),
                row == null ? 0 : row.percent(), item.trial());
    }

    private static String statusOf(ItemProgress row) {
        return row == null || row.getCoveredSeconds() == 0 && row.getCompletedAt() == null
                ? ItemStatusView.NOT_STARTED
                : row.getCompletedAt() != null ? ItemStatusView.COMPLETED : ItemStatusView.PARTIAL;
    }

    private static Map<Long, ItemProgress> byNode(List<ItemProgress> rows) {
        Map<Long, ItemProgress> byNode = new HashMap<>();
        rows.forEach(r -> byNode.merge(r.getOfferingNodeId(), r, (a, b) -> a.percent() >= b.percent() ? a : b));
        return byNode;
    }

    private static int completed(List<OutlineItem> items, List<ItemProgress> rows) {
        Map<Long, ItemProgress> byNode = byNode(rows);
        return (int) items.stream().map(i -> byNode.get(i.nodeId()))
                .filter(r -> r != null && r.getCompletedAt() != null).count();
    }

    private static int percent(int part, int whole) {
        return whole == 0 ? 0 : 100 * part / whole;
    }

    private long learner() {
        if (caller.isAnonymous()) {
            throw new AccessDeniedException("learning needs an account");
        }
        return caller.accountId();
    }
}
