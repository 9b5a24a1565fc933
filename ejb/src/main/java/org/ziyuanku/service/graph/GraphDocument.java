package org.ziyuanku.service.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A graph as exchanged in JSON and Excel: nodes with a key local to the document, and edges naming nodes by key.
 * Import matches nodes by type and name, so a document exported from one library can be imported into another.
 */
public record GraphDocument(List<Node> nodes, List<Edge> edges) {

    public static final int MAX_NODES = 2000;
    public static final int MAX_EDGES = 10000;

    public GraphDocument {
        nodes = nodes == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(nodes));
        edges = edges == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(edges));
    }

    /** A node: key, type ({@code SKILL} …), name and description. */
    public record Node(String key, String type, String name, String description) {
    }

    /** An edge between two node keys, with its type ({@code SUPPORTS} …). */
    public record Edge(String source, String target, String type) {
    }
}
