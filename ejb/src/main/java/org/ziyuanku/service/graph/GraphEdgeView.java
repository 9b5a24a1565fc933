package org.ziyuanku.service.graph;

import org.ziyuanku.domain.graph.GraphEdgeType;

/** An edge of the graph, from source to target. */
public record GraphEdgeView(long id, long sourceId, long targetId, GraphEdgeType type) {
}
