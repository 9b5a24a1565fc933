package org.ziyuanku.service.graph;

import java.util.List;

/**
 * A node with what is tagged with it: published resources, published courses and their items; bank questions are
 * listed only to those who work in the library's bank ({@code questions}), everyone else gets their number of
 * published ones ({@code questionCount}).
 */
public record GraphNodeDetailView(GraphNodeView node, List<GraphLinkView> resources, List<GraphLinkView> courses,
        List<GraphLinkView> courseItems, List<GraphLinkView> questions, int questionCount,
        List<GraphNodeView> neighbours) {
}
