package org.ziyuanku.service.resource.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ziyuanku.service.resource.BulkUploadTarget;
import org.ziyuanku.service.resource.UploadResourceCommand;

/**
 * Attributes a file inherits (继承) from the bulk upload's target and from the folders it sits in. Folders fill what
 * the target leaves open, in this order: course, module, then knowledge points (deeper folders, joined by "、").
 * So {@code 焊接工艺/平焊/对接/a.mp4} uploaded into a library gives course 焊接工艺, module 平焊 and knowledge point
 * 对接; {@code 平焊/对接/a.mp4} uploaded into course 焊接工艺 gives the same.
 */
public final class FolderAttributes {

    private FolderAttributes() {
    }

    /** The upload command for the file at {@code path} (slash-separated, relative to the archive root). */
    public static UploadResourceCommand of(BulkUploadTarget target, String path) {
        List<String> parts = new ArrayList<>(Arrays.asList(path.split("/")));
        String filename = parts.remove(parts.size() - 1);
        parts.removeIf(String::isBlank);
        String course = target.courseName();
        String module = target.moduleName();
        if (course == null && !parts.isEmpty()) {
            course = parts.remove(0);
        }
        if (module == null && !parts.isEmpty()) {
            module = parts.remove(0);
        }
        String points = parts.isEmpty() ? null : String.join("、", parts);
        return new UploadResourceCommand(target.libraryId(), filename, null, null, target.courseCode(), course, module,
                points, null, null, null, null, null);
    }
}
