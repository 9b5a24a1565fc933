package org.ziyuanku.web.api.v1.resource;

/** New attributes of a resource: a title, and any of the others (source as its name, e.g. ORIGINAL). */
public record DescribeResourceDto(String title, String description, String courseCode, String courseName,
        String moduleName, String knowledgePoints, String keywords, String source, String authorName, String licence,
        String language) {
}
