package org.ziyuanku.service.course;

import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/**
 * One node of an outline as shown: its place, title and content, and for an item what it references as it is now
 * (a resource's live title and kind, a 积件's parts). {@code available} is false for a RESOURCE item whose resource is
 * taken down, in the recycle bin or gone, and for an ASSEMBLY item none of whose parts is available.
 */
public record CourseNodeView(long id, UUID nodeKey, Long parentId, int depth, int position, String title,
        String itemKind, Long resourceId, Long assemblyId, String pageBody, int minSeconds, boolean trialDefault,
        String contentHash, CoursePartView resource, String assemblyName, List<CoursePartView> parts,
        boolean available) implements Serializable {
}
