package org.ziyuanku.service.resource;

import org.ziyuanku.domain.resource.ResourceSource;

/**
 * Upload one file into a library. Only {@code libraryId} and {@code originalFilename} are required: the title defaults
 * to the file name without its extension, the source to original work, the language to zh-CN; course, module and
 * knowledge points are the target the file inherits (继承) when it comes from a bulk upload.
 */
public record UploadResourceCommand(long libraryId, String originalFilename, String title, String description,
        String courseCode, String courseName, String moduleName, String knowledgePoints, String keywords,
        ResourceSource source, String authorName, String licence, String language) {

    /** The command for a file with nothing said about it but its name. */
    public static UploadResourceCommand of(long libraryId, String originalFilename) {
        return new UploadResourceCommand(libraryId, originalFilename, null, null, null, null, null, null, null, null,
                null, null, null);
    }

    /** The same command with the course and module the file belongs to. */
    public UploadResourceCommand inCourse(String code, String course, String module) {
        return new UploadResourceCommand(libraryId, originalFilename, title, description, code, course, module,
                knowledgePoints, keywords, source, authorName, licence, language);
    }

    /** The same command with a title, description and keywords. */
    public UploadResourceCommand describedAs(String newTitle, String newDescription, String newKeywords) {
        return new UploadResourceCommand(libraryId, originalFilename, newTitle, newDescription, courseCode, courseName,
                moduleName, knowledgePoints, newKeywords, source, authorName, licence, language);
    }
}
