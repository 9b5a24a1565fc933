package org.ziyuanku.service.resource;

import java.io.Serializable;

/**
 * What became of one file of a bulk upload: accepted as resource {@code resourceId} of {@code kind}, or rejected with
 * a message key and its arguments. Folder-derived course and module are shown so people see what was inherited.
 */
public record BulkUploadItem(String path, boolean accepted, Long resourceId, String kind, String courseName,
        String moduleName, String reasonKey, String[] reasonArgs) implements Serializable {

    private static final long serialVersionUID = 1L;

    static BulkUploadItem accepted(String path, TeachingResourceView view) {
        return new BulkUploadItem(path, true, view.id(), view.kind().name(), view.courseName(), view.moduleName(), null,
                new String[0]);
    }

    static BulkUploadItem rejected(String path, String reasonKey, Object... args) {
        String[] texts = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            texts[i] = String.valueOf(args[i]);
        }
        return new BulkUploadItem(path, false, null, null, null, null, reasonKey, texts);
    }
}
