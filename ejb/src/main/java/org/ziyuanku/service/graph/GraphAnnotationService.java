package org.ziyuanku.service.graph;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Locale;
import org.ziyuanku.domain.graph.GraphNode;
import org.ziyuanku.service.audit.AuditTarget;
import org.ziyuanku.service.audit.Audited;
import org.ziyuanku.service.audit.AuditedCall;
import org.ziyuanku.service.graph.internal.GraphLinks;
import org.ziyuanku.service.graph.internal.GraphRepository;

/**
 * Two-way annotation (双向标注) between a library's graph and its resources, courses, course items and questions, and
 * merging two nodes. The graph's editors ({@link GraphAccess}) tag only what belongs to the same library; the public
 * graph shows a tag only while its resource or course is published.
 */
@Stateless
@PermitAll
public class GraphAnnotationService {

    @Inject
    private GraphAccess access;

    @Inject
    private GraphRepository repository;

    @Inject
    private GraphLinks links;

    @Inject
    private AuditedCall audited;

    /** The link kind named ({@code resource}, {@code course}, {@code course-item}, {@code question}). */
    public static GraphLinkKind kind(String name) {
        try {
            return GraphLinkKind.valueOf(name == null ? "" : name.strip().replace('-', '_').toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new GraphRefusedException(GraphRefusedException.TYPE, String.valueOf(name));
        }
    }

    /** Tags the target with the node. @throws GraphRefusedException the target is not of the node's library */
    @Audited(action = KnowledgeGraphService.CHANGE)
    public void tag(@AuditTarget("library:") long libraryId, long nodeId, GraphLinkKind kind, long targetId) {
        access.editable(libraryId, "tag with");
        access.node(libraryId, nodeId);
        if (links.libraryOf(kind, targetId).filter(l -> l == libraryId).isEmpty()) {
            throw new GraphRefusedException(GraphRefusedException.NO_TARGET, kind.name(), Long.toString(targetId));
        }
        links.tag(nodeId, kind, targetId);
        audited.detail("node=" + nodeId + " tags " + kind + ":" + targetId);
    }

    /** Removes the tag (nothing when there is none). */
    @Audited(action = KnowledgeGraphService.CHANGE)
    public void untag(@AuditTarget("library:") long libraryId, long nodeId, GraphLinkKind kind, long targetId) {
        access.editable(libraryId, "untag from");
        access.node(libraryId, nodeId);
        links.untag(nodeId, kind, targetId);
        audited.detail("node=" + nodeId + " untags " + kind + ":" + targetId);
    }

    /**
     * Merges node {@code fromId} into {@code intoId}: its edges and tags move over (without duplicates or loops) and it
     * is deleted. Both must be of the library and of the same type.
     */
    @Audited(action = KnowledgeGraphService.CHANGE)
    public void merge(@AuditTarget("library:") long libraryId, long intoId, Long fromId) {
        access.editable(libraryId, "merge nodes of");
        GraphNode into = access.node(libraryId, intoId);
        if (fromId == null || fromId == intoId) {
            throw new GraphRefusedException(GraphRefusedException.MERGE);
        }
        GraphNode from = access.node(libraryId, fromId);
        if (from.getType() != into.getType()) {
            throw new GraphRefusedException(GraphRefusedException.MERGE);
        }
        repository.flush();
        repository.moveEverything(fromId, intoId);
        repository.remove(from);
        repository.flush();
        audited.detail("node=" + fromId + " " + from.getName() + " merged into " + intoId);
    }
}
