package org.ziyuanku.service.graph;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ziyuanku.domain.graph.GraphEdge;
import org.ziyuanku.domain.graph.GraphEdgeType;
import org.ziyuanku.domain.graph.GraphNode;
import org.ziyuanku.domain.graph.GraphNodeType;
import org.ziyuanku.service.audit.AuditTarget;
import org.ziyuanku.service.audit.Audited;
import org.ziyuanku.service.audit.AuditedCall;
import org.ziyuanku.service.graph.internal.GraphRepository;
import org.ziyuanku.service.graph.internal.GraphWorkbook;

/**
 * Export and import of a library's graph as a {@link GraphDocument} (JSON) or an Excel workbook. Anyone exports (the
 * graph is public); the graph's editors import. An import is all or nothing: every node and edge is checked (types,
 * names, descriptions screened, keys known) before anything is stored; nodes are matched by type and name.
 */
@Stateless
@PermitAll
public class GraphTransferService {

    @Inject
    private GraphAccess access;

    @Inject
    private GraphRepository repository;

    @Inject
    private GraphTexts texts;

    @Inject
    private AuditedCall audited;

    /** The library's graph as a document, nodes keyed {@code n<id>}. */
    public GraphDocument export(long libraryId) {
        access.library(libraryId);
        List<GraphDocument.Node> nodes = repository.nodes(libraryId).stream().map(n -> new GraphDocument.Node(
                "n" + n.getId(), n.getType().name(), n.getName(), n.getDescription())).toList();
        List<GraphDocument.Edge> edges = repository.edges(libraryId).stream().map(e -> new GraphDocument.Edge(
                "n" + e.getSourceId(), "n" + e.getTargetId(), e.getType().name())).toList();
        return new GraphDocument(nodes, edges);
    }

    /** The library's graph as an .xlsx workbook (formula-like texts quote-prefixed). */
    public byte[] exportWorkbook(long libraryId) {
        return GraphWorkbook.write(export(libraryId));
    }

    /** Imports the workbook. @throws GraphRefusedException not a graph workbook, or a bad row */
    @Audited(action = "GRAPH_IMPORT")
    public GraphImportReport importWorkbook(@AuditTarget("library:") long libraryId, byte[] workbook) {
        access.editable(libraryId, "import into");
        return importDocument(libraryId, GraphWorkbook.read(workbook));
    }

    /** Imports the document into the library's graph. @throws GraphRefusedException a bad node or edge */
    @Audited(action = "GRAPH_IMPORT")
    public GraphImportReport importDocument(@AuditTarget("library:") long libraryId, GraphDocument document) {
        access.editable(libraryId, "import into");
        if (document == null || document.nodes().size() > GraphDocument.MAX_NODES
                || document.edges().size() > GraphDocument.MAX_EDGES) {
            throw new GraphRefusedException(GraphRefusedException.DOCUMENT, "");
        }
        Map<String, GraphDocument.Node> checked = new HashMap<>();
        for (GraphDocument.Node n : document.nodes()) {
            if (n == null) {
                throw new GraphRefusedException(GraphRefusedException.DOCUMENT, "null");
            }
            GraphDocument.Node node = new GraphDocument.Node(n.key(), texts.nodeType(n.type()).name(),
                    texts.name(n.name()), texts.description(n.description()));
            if (n.key() == null || n.key().isBlank() || checked.putIfAbsent(n.key(), node) != null) {
                throw new GraphRefusedException(GraphRefusedException.DOCUMENT, String.valueOf(n.key()));
            }
        }
        for (GraphDocument.Edge e : document.edges()) {
            if (e == null) {
                throw new GraphRefusedException(GraphRefusedException.DOCUMENT, "null");
            }
            texts.edgeType(e.type());
            if (!checked.containsKey(e.source()) || !checked.containsKey(e.target())
                    || Objects.equals(e.source(), e.target())) {
                throw new GraphRefusedException(GraphRefusedException.DOCUMENT, e.source() + " → " + e.target());
            }
        }
        GraphImportReport report = store(libraryId, document, checked);
        audited.detail("nodes+" + report.nodesAdded() + " ~" + report.nodesUpdated() + " edges+" + report.edgesAdded());
        return report;
    }

    private GraphImportReport store(long libraryId, GraphDocument document, Map<String, GraphDocument.Node> checked) {
        Map<String, GraphNode> stored = new HashMap<>();
        int added = 0;
        int updated = 0;
        for (GraphDocument.Node n : checked.values()) {
            GraphNodeType type = GraphNodeType.valueOf(n.type());
            GraphNode node = repository.named(libraryId, type, n.name()).orElse(null);
            if (node == null) {
                node = new GraphNode(libraryId, type, n.name(), n.description());
                repository.add(node);
                added++;
            } else if (n.description() != null && !n.description().equals(node.getDescription())) {
                node.change(node.getName(), n.description());
                updated++;
            }
            stored.put(n.key(), node);
        }
        repository.flush();
        int edges = 0;
        for (GraphDocument.Edge e : document.edges()) {
            GraphNode source = stored.get(e.source());
            GraphNode target = stored.get(e.target());
            GraphEdgeType type = texts.edgeType(e.type());
            if (!source.getId().equals(target.getId()) && !repository.hasEdge(source.getId(), target.getId(), type)) {
                repository.add(new GraphEdge(source, target, type));
                repository.flush();
                edges++;
            }
        }
        return new GraphImportReport(added, updated, edges);
    }
}
