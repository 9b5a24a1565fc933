package org.ziyuanku.service.resource.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.ziyuanku.service.resource.BulkUploadTarget;
import org.ziyuanku.service.resource.UploadResourceCommand;

class FolderAttributesTest {

    @Test
    void of_libraryTarget_takesCourseModuleAndPointsFromFolders() {
        UploadResourceCommand c = FolderAttributes.of(new BulkUploadTarget(7, null, null, null), "焊接工艺/平焊/对接/a.mp4");

        assertEquals("a.mp4", c.originalFilename());
        assertEquals("焊接工艺", c.courseName());
        assertEquals("平焊", c.moduleName());
        assertEquals("对接", c.knowledgePoints());
        assertEquals(7, c.libraryId());
    }

    @Test
    void of_courseTarget_firstFolderIsTheModule() {
        UploadResourceCommand c = FolderAttributes.of(new BulkUploadTarget(7, "HJ01", "焊接工艺", null), "平焊/对接/角接/a.mp4");

        assertEquals("焊接工艺", c.courseName());
        assertEquals("HJ01", c.courseCode());
        assertEquals("平焊", c.moduleName());
        assertEquals("对接、角接", c.knowledgePoints());
    }

    @Test
    void of_fileAtTheRoot_inheritsOnlyTheTarget() {
        UploadResourceCommand c = FolderAttributes.of(new BulkUploadTarget(7, null, "焊接工艺", "平焊"), "a.mp4");

        assertEquals("平焊", c.moduleName());
        assertNull(c.knowledgePoints());
    }
}
