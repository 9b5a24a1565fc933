package org.ziyuanku.service.teaching.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ziyuanku.service.teaching.OfferingNodeView;

class TeachingViewsTest {

    private static OfferingNodeView node(long id, Long parent, int depth, int position) {
        return new OfferingNodeView(id, parent, depth, position, "n" + id, depth == 3 ? "RESOURCE" : null, null,
                false, false, false, false, null, false);
    }

    @Test
    void inTreeOrder_readsModuleTopicsItems_inPlaceOrder_fromNodesListedByDepth() {
        List<OfferingNodeView> byDepth = List.of(node(1, null, 1, 1), node(2, null, 1, 0), node(3, 2L, 2, 0),
                node(4, 1L, 2, 0), node(5, 3L, 3, 1), node(6, 3L, 3, 0), node(7, 4L, 3, 0), node(8, 99L, 3, 0));
        assertEquals(List.of(2L, 3L, 6L, 5L, 1L, 4L, 7L),
                TeachingViews.inTreeOrder(byDepth).stream().map(OfferingNodeView::id).toList());
    }
}
