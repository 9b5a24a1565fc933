package org.ziyuanku.service.learning;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ziyuanku.domain.learning.ItemProgress;
import org.ziyuanku.domain.learning.LearningResume;
import org.ziyuanku.service.course.PublishedAssemblyPart;
import org.ziyuanku.service.identity.Caller;
import org.ziyuanku.service.learning.internal.ItemMedia;
import org.ziyuanku.service.learning.internal.ItemMediaResolver;
import org.ziyuanku.service.learning.internal.ItemProgressRepository;
import org.ziyuanku.service.learning.internal.ItemStatuses;
import org.ziyuanku.service.system.AccessDeniedException;
import org.ziyuanku.service.teaching.EnrolledOffering;
import org.ziyuanku.service.teaching.LearnableItem;
import org.ziyuanku.service.teaching.OutlineItem;
import org.ziyuanku.service.teaching.TeachingAccess;

/**
 * What a learner sees of their own learning (read only): the courses they are enrolled in with overall progress, a
 * course's outline with per-item status and "continue" (继续学习), and one item. A 积件 item counts as completed only
 * when every one of its published parts is ({@link ItemStatuses}). Progress is what the server credited; nothing here
 * changes it.
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

    @Inject
    private ItemStatuses statuses;

    /** The offerings the caller is enrolled in, newest enrolment first, each with overall progress. */
    public List<MyCourseView> myCourses() {
        List<EnrolledOffering> offerings = teaching.enrolledOfferings(learner());
        Map<Long, List<ItemProgress>> rows = progress.ofEnrolments(offerings.stream()
                .map(EnrolledOffering::enrolmentId).toList()).stream()
                .collect(Collectors.groupingBy(ItemProgress::getEnrolmentId));
        Map<Long, List<OutlineItem>> items = offerings.stream().collect(Collectors.toMap(
                EnrolledOffering::offeringId, o -> teaching.outlineItems(o.offeringId()), (a, b) -> a));
        Map<Long, List<PublishedAssemblyPart>> parts = statuses.partsOf(items.values().stream()
                .flatMap(List::stream).toList());
        return offerings.stream().map(o -> {
            List<OutlineItem> outline = items.get(o.offeringId());
            Map<Long, List<ItemProgress>> byNode = byNode(rows.getOrDefault(o.enrolmentId(), List.of()));
            int completed = (int) outline.stream().filter(i -> state(i, byNode, parts).completed()).count();
            return new MyCourseView(o.offeringId(), o.title(), o.termCode(), completed, outline.size(),
                    percent(completed, outline.size()));
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
        Map<Long, List<ItemProgress>> byNode = byNode(progress.ofEnrolment(offering.enrolmentId()));
        Map<Long, List<PublishedAssemblyPart>> parts = statuses.partsOf(items);
        List<ItemStatusView> views = items.stream().map(i -> {
            ItemStatuses.State state = state(i, byNode, parts);
            return new ItemStatusView(i.nodeId(), i.moduleTitle(), i.topicTitle(), i.title(), state.status(),
                    state.percent(), i.trial());
        }).toList();
        int completed = (int) views.stream().filter(v -> ItemStatusView.COMPLETED.equals(v.status())).count();
        Optional<LearningResume> resume = progress.resume(offering.enrolmentId());
        Optional<OutlineItem> resumed = resume.flatMap(r -> items.stream()
                .filter(i -> i.nodeId() == r.getOfferingNodeId()).findFirst());
        Long part = resumed.filter(i -> ItemMediaResolver.isAssembly(i.itemKind()) && i.assemblyId() != null)
                .flatMap(i -> parts.getOrDefault(i.assemblyId(), List.of()).stream()
                        .filter(p -> p.resourceId() == resume.get().getPartId()).findFirst())
                .map(PublishedAssemblyPart::resourceId).orElse(null);
        return new CourseProgressView(offeringId, offering.title(), offering.termCode(), true, completed,
                items.size(), percent(completed, items.size()), resumed.map(OutlineItem::nodeId).orElse(null), part,
                resumed.isPresent() ? resume.get().getPositionMs() : 0L, views);
    }

    /**
     * One item for the caller's item page: enrolled learners see any visible item, others only trial items. A 积件 item
     * shows {@code part} (a part's resource id), by default its first part not completed, else its first part.
     *
     * @throws LearningRefusedException {@code notFound} otherwise, when its resource is not published, or when the
     *         part is not one of the 积件's published parts or is given for an item that is not a 积件
     */
    public LearnerItemView item(long offeringId, long nodeId, Long part) {
        long learner = learner();
        LearnableItem item = teaching.visibleItem(offeringId, nodeId).orElseThrow(LearningAttemptService::notFound);
        Long enrolment = teaching.activeEnrolment(offeringId, learner).orElse(null);
        if (enrolment == null && !item.trial()) {
            throw LearningAttemptService.notFound();
        }
        Map<Long, ItemProgress> rows = enrolment == null ? Map.of() : progress.ofItem(enrolment, nodeId).stream()
                .collect(Collectors.toMap(ItemProgress::getPartId, r -> r, (a, b) -> a));
        List<PublishedAssemblyPart> parts = media.parts(item);
        ItemMedia facts = (ItemMediaResolver.isAssembly(item.itemKind())
                ? media.resolvePart(item, part == null ? defaultPart(parts, rows) : part, parts)
                : media.resolve(item, part)).orElseThrow(LearningAttemptService::notFound);
        ItemProgress row = rows.get(facts.partId());
        var r = facts.resource();
        return new LearnerItemView(offeringId, nodeId, item.title(), item.itemKind(), r == null ? null : r.id(),
                r == null ? null : r.kind().name(), r == null ? null : r.format(), r == null ? null : r.mediaType(),
                r == null ? null : r.previewStatus().name(), r == null ? null : r.previewMediaType(),
                facts.mode().name(), enrolment != null, ItemStatuses.statusOf(row), row == null ? 0 : row.percent(),
                item.pageBody(), parts.isEmpty() ? null : facts.partId(), parts.stream().map(p -> partView(p,
                        rows.get(p.resourceId()), p.resourceId() == facts.partId())).toList());
    }

    /** The part a 积件 opens at: the first not completed, else the first; -1 (none) when it has no playable part. */
    private static long defaultPart(List<PublishedAssemblyPart> parts, Map<Long, ItemProgress> rows) {
        return parts.stream().filter(p -> !ItemStatusView.COMPLETED.equals(ItemStatuses.statusOf(
                rows.get(p.resourceId())))).findFirst().or(() -> parts.stream().findFirst())
                .map(PublishedAssemblyPart::resourceId).orElse(-1L);
    }

    private static ItemPartView partView(PublishedAssemblyPart part, ItemProgress row, boolean current) {
        return new ItemPartView(part.resourceId(), part.title(), part.kind(), ItemStatuses.statusOf(row),
                row == null ? 0 : row.percent(), current);
    }

    private static ItemStatuses.State state(OutlineItem item, Map<Long, List<ItemProgress>> byNode,
            Map<Long, List<PublishedAssemblyPart>> parts) {
        return ItemStatuses.of(item, byNode.getOrDefault(item.nodeId(), List.of()), parts);
    }

    private static Map<Long, List<ItemProgress>> byNode(List<ItemProgress> rows) {
        return rows.stream().collect(Collectors.groupingBy(ItemProgress::getOfferingNodeId));
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
