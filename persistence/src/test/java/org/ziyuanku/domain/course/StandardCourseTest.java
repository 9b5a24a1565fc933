package org.ziyuanku.domain.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class StandardCourseTest {

    @Test
    void aPublishedCourse_changesThroughARevision_thatItAdopts() {
        StandardCourse course = new StandardCourse(53, "WELD-01", "焊接工艺", 7L, 11, 11);
        assertFalse(course.isPublic());
        assertThrows(IllegalStateException.class, () -> course.newRevision(11));
        course.submitForReview();
        assertFalse(course.isEditable());
        course.publish();
        assertTrue(course.isPublic());
        assertThrows(IllegalStateException.class, course::submitForReview);

        StandardCourse revision = course.newRevision(12);
        assertSame(course, revision.getRevisionOf());
        assertFalse(revision.isPublic(), "a pending new version is never public");
        revision.describe("焊接工艺（第二版）", null, new BigDecimal("64"), new BigDecimal("4"), "简介", null, null);
        revision.chooseTemplate(CoursePortalTemplate.CARDS);
        revision.submitForReview();
        course.adopt(revision);
        assertEquals("焊接工艺（第二版）", course.getName());
        assertEquals(CoursePortalTemplate.CARDS, course.getPortalTemplate());
        assertEquals(2, course.getCourseVersion());
        assertEquals("WELD-01", course.getCode());
        assertTrue(course.isPublic());
    }

    @Test
    void attributes_areChecked() {
        StandardCourse course = new StandardCourse(53, "WELD-01", "焊接工艺", 7L, 11, 11);
        assertThrows(IllegalArgumentException.class, () -> new StandardCourse(53, " ", "x", null, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new StandardCourse(53, "x".repeat(33), "x", null, 1, 1));
        assertThrows(IllegalArgumentException.class,
                () -> course.describe("x", null, new BigDecimal("-1"), null, null, null, null));
        assertThrows(IllegalArgumentException.class,
                () -> course.describe("x", null, null, new BigDecimal("100"), null, null, null));
        StandardCourse other = new StandardCourse(53, "WELD-02", "其他", 7L, 11, 11);
        other.publish();
        assertThrows(IllegalArgumentException.class, () -> course.adopt(other.newRevision(1)));
    }
}
