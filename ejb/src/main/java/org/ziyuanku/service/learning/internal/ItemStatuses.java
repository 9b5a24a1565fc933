package org.ziyuanku.service.learning.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.ziyuanku.domain.learning.ItemProgress;
import org.ziyuanku.service.course.PublishedAssemblyPart;
import org.ziyuanku.service.course.PublishedCourses;
import org.ziyuanku.service.learning.ItemStatusView;
import org.ziyuanku.service.teaching.OutlineItem;

/**
 * An item's status from its progress rows: a resource or page item has one row; a 积件 item is COMPLETED only when
 * every one of its published parts is (rows of parts taken down or removed from it do not count), PARTIAL once any
 * part was credited, and its percent is the mean of its parts' percents.
 */
@ApplicationScoped
public class ItemStatuses {

    @Inject
    private PublishedCourses courses;

    /** An item's status ({@link ItemStatusView#COMPLETED}, {@code PARTIAL}, {@code NOT_STARTED}) and percent. */
    public record State(String status, int percent) {

        public boolean completed() {
            return ItemStatusView.COMPLETED.equals(status);
        }
    }

    /** The published parts of the 积件 among the items, by 积件 id (one read for all). */
    public Map<Long, List<PublishedAssemblyPart>> partsOf(Collection<OutlineItem> items) {
        return courses.assemblyParts(items.stream().filter(i -> ItemMediaResolver.isAssembly(i.itemKind()))
                .map(OutlineItem::assemblyId).filter(Objects::nonNull).collect(Collectors.toSet()));
    }

    /** The state of the item from the enrolment's rows of it (any order, any parts). */
    public static State of(OutlineItem item, List<ItemProgress> rows, Map<Long, List<PublishedAssemblyPart>> parts) {
        if (!ItemMediaResolver.isAssembly(item.itemKind())) {
            ItemProgress best = rows.stream().max((a, b) -> Integer.compare(a.percent(), b.percent())).orElse(null);
            return new State(statusOf(best), best == null ? 0 : best.percent());
        }
        List<PublishedAssemblyPart> playable = item.assemblyId() == null ? List.of()
                : parts.getOrDefault(item.assemblyId(), List.of());
        Map<Long, ItemProgress> byPart = rows.stream()
                .collect(Collectors.toMap(ItemProgress::getPartId, r -> r, (a, b) -> a));
        List<ItemProgress> partRows = playable.stream().map(p -> byPart.get(p.resourceId())).toList();
        boolean all = !playable.isEmpty() && partRows.stream().allMatch(r -> r != null && r.getCompletedAt() != null);
        int percent = playable.isEmpty() ? 0
                : partRows.stream().mapToInt(r -> r == null ? 0 : r.percent()).sum() / playable.size();
        if (all) {
            return new State(ItemStatusView.COMPLETED, 100);
        }
        boolean begun = partRows.stream().anyMatch(r -> !ItemStatusView.NOT_STARTED.equals(statusOf(r)));
        return new State(begun ? ItemStatusView.PARTIAL : ItemStatusView.NOT_STARTED, percent);
    }

    /** The status of one progress row (a resource, a page, or one part of a 积件). */
    public static String statusOf(ItemProgress row) {
        return row == null || row.getCoveredSeconds() == 0 && row.getCompletedAt() == null
                ? ItemStatusView.NOT_STARTED
                : row.getCompletedAt() != null ? ItemStatusView.COMPLETED : ItemStatusView.PARTIAL;
    }
}
