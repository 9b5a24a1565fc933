package org.ziyuanku.service.learning.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ziyuanku.domain.learning.ItemProgress;
import org.ziyuanku.service.course.PublishedAssemblyPart;
import org.ziyuanku.service.teaching.OutlineItem;
import org.ziyuanku.service.teaching.TeachingAccess;

/**
 * Whether an enrolment has completed its offering: every visible item of the outline COMPLETED by the rule of
 * {@link ItemStatuses} (an empty outline is never complete). The one rule for a certificate, asked for or issued at
 * the completing beat.
 */
@ApplicationScoped
public class CourseCompletion {

    @Inject
    private TeachingAccess teaching;

    @Inject
    private ItemProgressRepository progress;

    @Inject
    private ItemStatuses statuses;

    public boolean complete(long enrolmentId, long offeringId) {
        List<OutlineItem> items = teaching.outlineItems(offeringId);
        Map<Long, List<ItemProgress>> byNode = progress.ofEnrolment(enrolmentId).stream()
                .collect(Collectors.groupingBy(ItemProgress::getOfferingNodeId));
        Map<Long, List<PublishedAssemblyPart>> parts = statuses.partsOf(items);
        return !items.isEmpty() && items.stream()
                .allMatch(i -> ItemStatuses.of(i, byNode.getOrDefault(i.nodeId(), List.of()), parts).completed());
    }
}
