package org.ziyuanku.service.teaching.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ziyuanku.domain.teaching.CourseOffering;
import org.ziyuanku.domain.teaching.OfferingNode;
import org.ziyuanku.service.teaching.OfferingNodeView;
import org.ziyuanku.service.teaching.OfferingView;

/** Entities of teaching as the views its services answer. */
public final class TeachingViews {

    private TeachingViews() {
    }

    public static OfferingView offering(CourseOffering o, boolean mayEdit) {
        return new OfferingView(o.getId(), o.getCourseId(), o.getTitle(), o.getTermCode(), o.getStartsOn(),
                o.getEndsOn(), o.getStatus().name(), o.getEnrolmentMode().name(), o.isOpenToOutsiders(),
                o.getSyncedCourseVersion(), o.getPreviousOfferingId(), mayEdit);
    }

    public static OfferingNodeView node(OfferingNode n) {
        return new OfferingNodeView(n.getId(), n.getParent() == null ? null : n.getParent().getId(), n.getDepth(),
                n.getPosition(), n.getTitle(), n.getItemKind(), n.getResourceId(), n.isHidden(), n.isTrial(),
                n.isLocalChanged(), n.getOriginKey() == null, n.getDueOn(), n.isRetired());
    }

    /**
     * The nodes in reading order: each module, then its topics, each topic followed by its items, siblings by
     * position. Nodes whose parent is not in the list are left out (their parent was filtered).
     */
    public static List<OfferingNodeView> inTreeOrder(List<OfferingNodeView> nodes) {
        Map<Long, List<OfferingNodeView>> children = new HashMap<>();
        for (OfferingNodeView n : nodes) {
            children.computeIfAbsent(n.parentId() == null ? 0L : n.parentId(), k -> new ArrayList<>()).add(n);
        }
        children.values().forEach(list -> list.sort(Comparator.comparingInt(OfferingNodeView::position)
                .thenComparingLong(OfferingNodeView::id)));
        List<OfferingNodeView> ordered = new ArrayList<>(nodes.size());
        Deque<OfferingNodeView> stack = new ArrayDeque<>();
        List<OfferingNodeView> roots = children.getOrDefault(0L, List.of());
        for (int i = roots.size() - 1; i >= 0; i--) {
            stack.push(roots.get(i));
        }
        while (!stack.isEmpty()) {
            OfferingNodeView n = stack.pop();
            ordered.add(n);
            List<OfferingNodeView> kids = children.getOrDefault(n.id(), List.of());
            for (int i = kids.size() - 1; i >= 0; i--) {
                stack.push(kids.get(i));
            }
        }
        return ordered;
    }
}
