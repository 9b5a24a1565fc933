package org.ziyuanku.service.graph;

import java.util.List;

/** A library's graph: its nodes by type and name, its edges; whether the caller may change it. */
public record GraphView(long libraryId, List<GraphNodeView> nodes, List<GraphEdgeView> edges, boolean editable) {
}
