package org.ziyuanku.web.api.v1.graph;

import java.util.List;
import org.ziyuanku.service.graph.GraphView;

/** A library's graph: nodes, edges, and whether the caller may change it. */
public record GraphDto(long libraryId, List<GraphNodeDto> nodes, List<GraphEdgeDto> edges, boolean editable) {

    static GraphDto of(GraphView v) {
        return new GraphDto(v.libraryId(), v.nodes().stream().map(GraphNodeDto::of).toList(),
                v.edges().stream().map(GraphEdgeDto::of).toList(), v.editable());
    }
}
