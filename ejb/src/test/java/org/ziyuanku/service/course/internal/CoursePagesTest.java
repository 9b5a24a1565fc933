package org.ziyuanku.service.course.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CoursePagesTest {

    @Test
    void sanitise_keepsRichText_dropsScriptsHandlersAndFrames() {
        String clean = CoursePages.sanitise("<h2>焊前准备</h2><p onclick=\"steal()\">清理<b>坡口</b>"
                + "<script>alert(1)</script></p><iframe src=\"http://evil.example\"></iframe>"
                + "<a href=\"javascript:alert(1)\">链接</a><img src=\"x\" onerror=\"x()\">");
        assertTrue(clean.contains("<h2>焊前准备</h2>") && clean.contains("<b>坡口</b>"), clean);
        assertFalse(clean.contains("script") || clean.contains("onclick") || clean.contains("iframe")
                || clean.contains("javascript:") || clean.contains("onerror"), clean);
    }

    @Test
    void text_isWhatTheScreenReads() {
        assertEquals("焊前准备 清理坡口", CoursePages.text("<h2>焊前准备</h2><p>清理<b>坡口</b></p>"));
    }
}
