package org.ziyuanku.web.api.v1.graph;

/** Request bodies of the graph endpoints. */
public final class GraphBodies {

    private GraphBodies() {
    }

    /** A new node {@code {type, name, description}}, or a change {@code {name, description}}. */
    public record NodeBody(String type, String name, String description) {
    }

    /** A new edge {@code {source, target, type}}. */
    public record EdgeBody(Long source, Long target, String type) {
    }

    /** Merge node {@code from} into the node of the path. */
    public record MergeBody(Long from) {
    }
}
