package org.ziyuanku.service.graph;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.ziyuanku.domain.graph.GraphEdge;
import org.ziyuanku.domain.graph.GraphEdgeType;
import org.ziyuanku.domain.graph.GraphNode;
import org.ziyuanku.domain.library.ResourceLibrary;
import org.ziyuanku.service.audit.AuditTarget;
import org.ziyuanku.service.audit.Audited;
import org.ziyuanku.service.audit.AuditedCall;
import org.ziyuanku.service.exam.QuestionAccess;
import org.ziyuanku.service.graph.internal.GraphLinks;
import org.ziyuanku.service.graph.internal.GraphRepository;

/**
 * A library's knowledge graph (知识图谱): anyone reads its nodes and edges and, per node, the published resources and
 * courses tagged with it; the library's administrators and course teams ({@link GraphAccess}) add, change and delete
 * nodes and edges. Names and descriptions pass the sensitive-word screen; a name is unique per library and type.
 */
@Stateless
@PermitAll
public class KnowledgeGraphService {

    static final String CHANGE = "GRAPH_CHANGE";
    private static final int STEM_CHARS = 120;

    @Inject
    private GraphAccess access;

    @Inject
    private GraphRepository repository;

    @Inject
    private GraphLinks links;

    @Inject
    private GraphTexts texts;

    @Inject
    private QuestionAccess questions;

    @Inject
    private AuditedCall audited;

    /** The library's graph with each node's number of published links. @throws GraphRefusedException no library */
    public GraphView graph(long libraryId) {
        ResourceLibrary library = access.library(libraryId);
        Map<Long, int[]> counts = links.counts(libraryId);
        List<GraphNodeView> nodes = repository.nodes(libraryId).stream().map(n -> view(n, counts)).toList();
        List<GraphEdgeView> edges = repository.edges(libraryId).stream().map(e -> new GraphEdgeView(e.getId(),
                e.getSourceId(), e.getTargetId(), e.getType())).toList();
        return new GraphView(libraryId, nodes, edges, access.mayEdit(library));
    }

    /** One node with what it tags and its neighbours. @throws GraphRefusedException no library or node */
    public GraphNodeDetailView node(long libraryId, long nodeId) {
        access.library(libraryId);
        GraphNode node = access.node(libraryId, nodeId);
        Map<Long, int[]> counts = links.counts(libraryId);
        Set<Long> near = new HashSet<>();
        repository.edges(libraryId).stream().filter(e -> e.getSourceId() == nodeId || e.getTargetId() == nodeId)
                .forEach(e -> near.add(e.getSourceId() == nodeId ? e.getTargetId() : e.getSourceId()));
        List<GraphNodeView> neighbours = repository.nodes(libraryId).stream().filter(n -> near.contains(n.getId()))
                .map(n -> view(n, counts)).toList();
        List<GraphLinkView> bank = questions.worksIn(libraryId) ? links.questions(nodeId).stream()
                .map(q -> new GraphLinkView(q.kind(), q.id(), stem(q.title()), null, q.detail())).toList() : List.of();
        return new GraphNodeDetailView(view(node, counts), links.resources(nodeId), links.courses(nodeId),
                links.courseItems(nodeId), bank, links.publishedQuestions(nodeId), neighbours);
    }

    /** A new node. @throws GraphRefusedException bad type, name or description, a duplicate name */
    @Audited(action = CHANGE)
    public long addNode(@AuditTarget("library:") long libraryId, GraphNodeCommand command) {
        access.editable(libraryId, "add node to");
        GraphNode node = new GraphNode(libraryId, texts.nodeType(command.type()), texts.name(command.name()),
                texts.description(command.description()));
        repository.add(node);
        flush(GraphRefusedException.DUPLICATE, command.name());
        audited.detail("node=" + node.getId() + " " + node.getType() + " " + node.getName());
        return node.getId();
    }

    /** Renames the node and changes its description (its type stays). */
    @Audited(action = CHANGE)
    public void changeNode(@AuditTarget("library:") long libraryId, long nodeId, GraphNodeCommand command) {
        access.editable(libraryId, "change node of");
        GraphNode node = access.node(libraryId, nodeId);
        node.change(texts.name(command.name()), texts.description(command.description()));
        flush(GraphRefusedException.DUPLICATE, command.name());
        audited.detail("node=" + nodeId + " renamed " + node.getName());
    }

    /** Deletes the node with its edges and tags. */
    @Audited(action = CHANGE)
    public void deleteNode(@AuditTarget("library:") long libraryId, long nodeId) {
        access.editable(libraryId, "delete node of");
        GraphNode node = access.node(libraryId, nodeId);
        repository.remove(node);
        repository.flush();
        audited.detail("node=" + nodeId + " deleted " + node.getName());
    }

    /** A new edge between two nodes of the library. @throws GraphRefusedException a loop, bad type, a duplicate */
    @Audited(action = CHANGE)
    public long link(@AuditTarget("library:") long libraryId, GraphEdgeCommand command) {
        access.editable(libraryId, "link nodes of");
        if (command.sourceId() == null || command.targetId() == null || command.sourceId().equals(command.targetId())) {
            throw new GraphRefusedException(GraphRefusedException.EDGE);
        }
        GraphEdgeType type = texts.edgeType(command.type());
        GraphNode source = access.node(libraryId, command.sourceId());
        GraphNode target = access.node(libraryId, command.targetId());
        if (repository.hasEdge(source.getId(), target.getId(), type)) {
            throw new GraphRefusedException(GraphRefusedException.DUPLICATE_EDGE, source.getName(), target.getName());
        }
        GraphEdge edge = new GraphEdge(source, target, type);
        repository.add(edge);
        flush(GraphRefusedException.DUPLICATE_EDGE, source.getName(), target.getName());
        audited.detail("edge=" + edge.getId() + " " + source.getId() + " " + type + " " + target.getId());
        return edge.getId();
    }

    /** Deletes the edge. */
    @Audited(action = CHANGE)
    public void unlink(@AuditTarget("library:") long libraryId, long edgeId) {
        access.editable(libraryId, "unlink nodes of");
        GraphEdge edge = repository.edge(edgeId).filter(e -> e.getLibraryId() == libraryId)
                .orElseThrow(() -> new GraphRefusedException(GraphRefusedException.NO_EDGE, Long.toString(edgeId)));
        repository.remove(edge);
        audited.detail("edge=" + edgeId + " deleted");
    }

    private static GraphNodeView view(GraphNode n, Map<Long, int[]> counts) {
        int[] c = counts.getOrDefault(n.getId(), new int[3]);
        return new GraphNodeView(n.getId(), n.getType(), n.getName(), n.getDescription(), c[0], c[1], c[2]);
    }

    private static String stem(String html) {
        String text = Jsoup.parse(html == null ? "" : html).text();
        return text.length() <= STEM_CHARS ? text : text.substring(0, STEM_CHARS) + "…";
    }

    private void flush(String reasonKey, String... args) {
        try {
            repository.flush();
        } catch (PersistenceException e) {
            throw new GraphRefusedException(reasonKey, args);
        }
    }
}
