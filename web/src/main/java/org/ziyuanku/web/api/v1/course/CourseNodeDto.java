package org.ziyuanku.web.api.v1.course;

import java.util.List;
import java.util.UUID;
import org.ziyuanku.service.course.CourseNodeView;

/** One outline node: module (depth 1), topic (2) or item (3) with what it references now and its availability. */
public record CourseNodeDto(long id, UUID nodeKey, Long parentId, int depth, int position, String title,
        String itemKind, Long resourceId, Long assemblyId, String pageBody, int minSeconds, boolean trialDefault,
        String contentHash, CoursePartDto resource, String assemblyName, List<CoursePartDto> parts,
        boolean available) {

    public static CourseNodeDto of(CourseNodeView n) {
        return new CourseNodeDto(n.id(), n.nodeKey(), n.parentId(), n.depth(), n.position(), n.title(), n.itemKind(),
                n.resourceId(), n.assemblyId(), n.pageBody(), n.minSeconds(), n.trialDefault(), n.contentHash(),
                CoursePartDto.of(n.resource()), n.assemblyName(), CoursePartDto.of(n.parts()), n.available());
    }
}
