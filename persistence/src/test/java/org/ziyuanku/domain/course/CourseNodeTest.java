package org.ziyuanku.domain.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CourseNodeTest {

    private final StandardCourse course = new StandardCourse(53, "WELD-01", "焊接工艺", 7L, 11, 11);

    @Test
    void modulesTopicsAndItems_nestOnlyOneDepthApart_inTheSameCourse() {
        CourseNode module = new CourseNode(course, CourseNode.MODULE, "模块一", null, 0);
        CourseNode topic = new CourseNode(course, CourseNode.TOPIC, "主题一", module, 0);
        CourseNode item = new CourseNode(course, CourseNode.ITEM, "条目", topic, 2);
        assertSame(topic, item.getParent());
        assertEquals(2, item.getPosition());

        assertThrows(IllegalArgumentException.class, () -> new CourseNode(course, CourseNode.ITEM, "x", module, 0));
        assertThrows(IllegalArgumentException.class, () -> new CourseNode(course, CourseNode.TOPIC, "x", null, 0));
        assertThrows(IllegalArgumentException.class, () -> new CourseNode(course, CourseNode.MODULE, "x", topic, 0));
        assertThrows(IllegalArgumentException.class, () -> new CourseNode(course, 4, "x", item, 0));
        assertThrows(IllegalArgumentException.class, () -> item.placeUnder(module, 0));
        StandardCourse other = new StandardCourse(53, "WELD-02", "其他", 7L, 11, 11);
        assertThrows(IllegalArgumentException.class, () -> new CourseNode(other, CourseNode.TOPIC, "x", module, 0));
        assertThrows(IllegalArgumentException.class, () -> new CourseNode(course, CourseNode.MODULE, " ", null, 0));
    }

    @Test
    void onlyItemsHaveContent_andEachKindNeedsItsReference() {
        CourseNode module = new CourseNode(course, CourseNode.MODULE, "模块一", null, 0);
        CourseNode topic = new CourseNode(course, CourseNode.TOPIC, "主题一", module, 0);
        CourseNode item = new CourseNode(course, CourseNode.ITEM, "条目", topic, 0);

        assertThrows(IllegalArgumentException.class,
                () -> module.setContent(CourseItemKind.RESOURCE, 5L, null, null, 60, false));
        assertThrows(IllegalArgumentException.class,
                () -> item.setContent(CourseItemKind.RESOURCE, null, null, null, 60, false));
        assertThrows(IllegalArgumentException.class,
                () -> item.setContent(CourseItemKind.ASSEMBLY, 5L, null, null, 60, false));
        assertThrows(IllegalArgumentException.class,
                () -> item.setContent(CourseItemKind.PAGE, null, null, " ", 60, false));
        assertThrows(IllegalArgumentException.class,
                () -> item.setContent(CourseItemKind.RESOURCE, 5L, null, null, -1, false));

        item.setContent(CourseItemKind.PAGE, 5L, 6L, "<p>正文</p>", 60, false);
        assertNull(item.getResourceId(), "a page keeps no resource reference");
        assertNull(item.getAssemblyId());
        assertEquals("<p>正文</p>", item.getPageBody());
    }

    @Test
    void contentHash_changesExactlyWhenTheContentChanges() {
        CourseNode module = new CourseNode(course, CourseNode.MODULE, "模块一", null, 0);
        CourseNode topic = new CourseNode(course, CourseNode.TOPIC, "主题一", module, 0);
        CourseNode item = new CourseNode(course, CourseNode.ITEM, "条目", topic, 0);
        item.setContent(CourseItemKind.RESOURCE, 5L, null, null, 60, false);
        String hash = item.getContentHash();
        assertEquals(64, hash.length());

        item.placeUnder(topic, 3);
        assertEquals(hash, item.getContentHash(), "the place is not content");
        item.setContent(CourseItemKind.RESOURCE, 5L, null, null, 60, false);
        assertEquals(hash, item.getContentHash(), "the same content, the same hash");
        assertEquals(CourseNodeFingerprint.of(CourseItemKind.RESOURCE, "条目", 5L, null, null, 60, false), hash);

        item.setContent(CourseItemKind.RESOURCE, 6L, null, null, 60, false);
        assertNotEquals(hash, item.getContentHash(), "another resource");
        String other = item.getContentHash();
        item.setContent(CourseItemKind.RESOURCE, 6L, null, null, 90, false);
        assertNotEquals(other, item.getContentHash(), "another minimum time");
        other = item.getContentHash();
        item.setContent(CourseItemKind.RESOURCE, 6L, null, null, 90, true);
        assertNotEquals(other, item.getContentHash(), "trial flag");
        other = item.getContentHash();
        item.retitle("新标题");
        assertNotEquals(other, item.getContentHash(), "another title");

        item.setContent(CourseItemKind.PAGE, null, null, "<p>a</p>", 60, false);
        String page = item.getContentHash();
        item.setContent(CourseItemKind.PAGE, null, null, "<p>b</p>", 60, false);
        assertNotEquals(page, item.getContentHash(), "another page body");
    }

    @Test
    void aCopyForTheNextVersion_keepsKeyHashAndPlace() {
        CourseNode module = new CourseNode(course, CourseNode.MODULE, "模块一", null, 1);
        StandardCourse next = new StandardCourse(53, "WELD-01", "焊接工艺", 7L, 11, 11);
        CourseNode copy = module.copyFor(next, null);
        assertEquals(module.getNodeKey(), copy.getNodeKey());
        assertEquals(module.getContentHash(), copy.getContentHash());
        assertEquals(1, copy.getPosition());
        assertSame(next, copy.getCourse());
    }
}
