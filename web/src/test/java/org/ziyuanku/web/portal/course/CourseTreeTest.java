package org.ziyuanku.web.portal.course;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.ziyuanku.service.course.CourseNodeView;

class CourseTreeTest {

    @Test
    void modulesTopicsAndItems_nestByParent_inPositionOrder() {
        CourseTree tree = CourseTree.of(List.of(node(1, null, 1, 1, "模块二"), node(2, null, 1, 0, "模块一"),
                node(3, 2L, 2, 0, "主题"), node(4, 3L, 3, 1, "条目二"), node(5, 3L, 3, 0, "条目一")));
        assertEquals(List.of("模块一", "模块二"), tree.modules().stream().map(m -> m.node().title()).toList());
        CourseTree.Topic topic = tree.modules().get(0).topics().get(0);
        assertEquals(List.of("条目一", "条目二"), topic.items().stream().map(CourseNodeView::title).toList());
        assertEquals(List.of(), tree.modules().get(1).topics());
    }

    private static CourseNodeView node(long id, Long parent, int depth, int position, String title) {
        return new CourseNodeView(id, UUID.randomUUID(), parent, depth, position, title, depth == 3 ? "PAGE" : null,
                null, null, depth == 3 ? "<p>x</p>" : null, 60, false, "h", null, null, List.of(), true);
    }
}
