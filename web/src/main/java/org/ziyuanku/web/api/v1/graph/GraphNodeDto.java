package org.ziyuanku.web.api.v1.graph;

import org.ziyuanku.service.graph.GraphNodeView;

/** A node with its numbers of published resources, courses (and items) and published questions. */
public record GraphNodeDto(long id, String type, String name, String description, int resources, int courses,
        int questions) {

    static GraphNodeDto of(GraphNodeView v) {
        return new GraphNodeDto(v.id(), v.type().name(), v.name(), v.description(), v.resources(), v.courses(),
                v.questions());
    }
}
