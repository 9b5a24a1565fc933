package org.ziyuanku.web.api.v1.graph;

import jakarta.ws.rs.Path;
import org.ziyuanku.service.graph.GraphLinkKind;

/** A course item's knowledge and skill points: {@code /api/v1/course-items/{id}/tags}. */
@Path("v1/course-items/{id: \\d+}/tags")
public class CourseItemTagEndpoint extends ItemTagEndpoint {

    @Override
    protected GraphLinkKind kind() {
        return GraphLinkKind.COURSE_ITEM;
    }
}
