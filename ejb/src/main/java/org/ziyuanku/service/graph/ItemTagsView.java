package org.ziyuanku.service.graph;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * What a page of tag forms (双向标注) shows for course items or bank questions of one library, read at once: the points
 * each target is tagged with (every item of a course outline, an empty list for an untagged one; or one question) and
 * the library's points to choose from, by name.
 */
public record ItemTagsView(GraphLinkKind kind, Map<Long, List<ResourceTagView>> tags, List<ResourceTagView> choices)
        implements Serializable {

    public ItemTagsView {
        tags = Map.copyOf(tags);
        choices = List.copyOf(choices);
    }

    /** Whether the target is one this view holds the tags of. */
    public boolean covers(GraphLinkKind targetKind, long targetId) {
        return kind == targetKind && tags.containsKey(targetId);
    }
}
