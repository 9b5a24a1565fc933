package org.ziyuanku.service.graph;

import org.ziyuanku.domain.graph.GraphNodeType;

/** A node of the graph with how many published resources, published courses (and items) and questions it tags. */
public record GraphNodeView(long id, GraphNodeType type, String name, String description, int resources,
        int courses, int questions) {
}
