package org.ziyuanku.web.api.v1.graph;

import org.ziyuanku.service.graph.GraphEdgeView;

/** An edge from {@code source} to {@code target} node id. */
public record GraphEdgeDto(long id, long source, long target, String type) {

    static GraphEdgeDto of(GraphEdgeView v) {
        return new GraphEdgeDto(v.id(), v.sourceId(), v.targetId(), v.type().name());
    }
}
