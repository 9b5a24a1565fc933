package org.ziyuanku.service.resource;

import java.io.Serializable;
import org.ziyuanku.domain.resource.ResourceSource;

/**
 * New attributes of a resource, as its author fixes them after a reviewer returned it or as a new version of a
 * published one: the title is required, the source defaults to original work, the language to zh-CN; the rest may be
 * empty.
 */
public record DescribeResourceCommand(String title, String description, String courseCode, String courseName,
        String moduleName, String knowledgePoints, String keywords, ResourceSource source, String authorName,
        String licence, String language) implements Serializable {
}
