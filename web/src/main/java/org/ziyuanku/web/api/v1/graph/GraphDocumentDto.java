package org.ziyuanku.web.api.v1.graph;

import java.util.List;
import org.ziyuanku.service.graph.GraphDocument;

/** A graph for exchange: nodes {@code {key, type, name, description}}, edges {@code {source, target, type}} by key. */
public record GraphDocumentDto(List<NodeRow> nodes, List<EdgeRow> edges) {

    /** A node of the document. */
    public record NodeRow(String key, String type, String name, String description) {
    }

    /** An edge of the document, between node keys. */
    public record EdgeRow(String source, String target, String type) {
    }

    static GraphDocumentDto of(GraphDocument d) {
        return new GraphDocumentDto(d.nodes().stream().map(n -> new NodeRow(n.key(), n.type(), n.name(),
                n.description())).toList(), d.edges().stream().map(e -> new EdgeRow(e.source(), e.target(),
                e.type())).toList());
    }

    GraphDocument document() {
        return new GraphDocument(nodes == null ? null : nodes.stream().map(n -> n == null ? null
                : new GraphDocument.Node(n.key(), n.type(), n.name(), n.description())).toList(),
                edges == null ? null : edges.stream().map(e -> e == null ? null
                        : new GraphDocument.Edge(e.source(), e.target(), e.type())).toList());
    }
}
