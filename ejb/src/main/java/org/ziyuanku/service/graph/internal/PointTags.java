package org.ziyuanku.service.graph.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ziyuanku.domain.graph.GraphNode;
import org.ziyuanku.domain.graph.GraphNodeType;
import org.ziyuanku.service.audit.AuditedCall;
import org.ziyuanku.service.graph.GraphLinkKind;
import org.ziyuanku.service.graph.GraphRefusedException;
import org.ziyuanku.service.graph.ResourceTagView;

/**
 * The knowledge and skill points of a library a resource, course item or question is tagged with (its kind's tag
 * table, {@link GraphLinks#TABLES}), and those to choose from by name.
 */
@ApplicationScoped
public class PointTags {

    /** The node types an edit page tags with. */
    private static final List<GraphNodeType> TYPES = List.of(GraphNodeType.KNOWLEDGE, GraphNodeType.SKILL);

    /** The most points an edit page offers to choose from. */
    public static final int MAX_CHOICES = 200;

    private static final int MAX_QUERY = 64;

    @PersistenceContext(unitName = "ziyuanku")
    private EntityManager em;

    @Inject
    private GraphRepository graph;

    @Inject
    private GraphLinks links;

    @Inject
    private AuditedCall audited;

    /**
     * Tags the target with the point, a knowledge or skill point of the target's library, and tells the audit record
     * ("node=5 tags resource:7", {@code target} naming the target); the target's points after.
     *
     * @throws GraphRefusedException {@code noNode} for a node that is not a point of the library
     */
    public List<ResourceTagView> tag(long libraryId, long nodeId, GraphLinkKind kind, long targetId, String target) {
        requirePoint(libraryId, nodeId);
        links.tag(nodeId, kind, targetId);
        audited.detail("node=" + nodeId + " tags " + target);
        return of(kind, targetId);
    }

    /** Removes the tag (nothing when there is none), as {@link #tag} adds it ("node=5 untags resource:7"). */
    public List<ResourceTagView> untag(long libraryId, long nodeId, GraphLinkKind kind, long targetId, String target) {
        requirePoint(libraryId, nodeId);
        links.untag(nodeId, kind, targetId);
        audited.detail("node=" + nodeId + " untags " + target);
        return of(kind, targetId);
    }

    /** Checks that the node is a knowledge or skill point of the library. @throws GraphRefusedException otherwise */
    private void requirePoint(long libraryId, long nodeId) {
        graph.node(nodeId).filter(n -> n.getLibraryId() == libraryId)
                .map(GraphNode::getType).filter(TYPES::contains)
                .orElseThrow(() -> new GraphRefusedException(GraphRefusedException.NO_NODE, Long.toString(nodeId)));
    }

    /** The points the resource, course item or question is tagged with, by type and name. */
    public List<ResourceTagView> of(GraphLinkKind kind, long targetId) {
        String[] t = GraphLinks.TABLES.get(kind);
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("select n.id as node, n.node_type, n.name from graph_node n join "
                + t[0] + " t on t.node_id = n.id where t." + t[1] + " = ?1 and n.node_type in"
                + " ('KNOWLEDGE', 'SKILL') order by n.node_type, n.name", Tuple.class).setParameter(1, targetId)
                .getResultList();
        return rows.stream().map(PointTags::point).toList();
    }

    /**
     * The points of every outline node of the course (one query), by node id; a node without tags has an empty list.
     */
    public Map<Long, List<ResourceTagView>> ofCourse(long courseId) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("select c.id as item, n.id as node, n.node_type, n.name from"
                + " course_node c left join (graph_node_course_item t join graph_node n on n.id = t.node_id and"
                + " n.node_type in ('KNOWLEDGE', 'SKILL')) on t.course_node_id = c.id where c.course_id = ?1"
                + " order by c.id, n.node_type, n.name", Tuple.class).setParameter(1, courseId).getResultList();
        Map<Long, List<ResourceTagView>> tags = new LinkedHashMap<>();
        for (Tuple r : rows) {
            List<ResourceTagView> of = tags.computeIfAbsent(((Number) r.get("item")).longValue(),
                    k -> new ArrayList<>());
            if (r.get("node") != null) {
                of.add(point(r));
            }
        }
        return tags;
    }

    /** A point read by its column names (node, node_type, name). */
    private static ResourceTagView point(Tuple r) {
        return new ResourceTagView(((Number) r.get("node")).longValue(),
                GraphNodeType.valueOf(r.get("node_type", String.class)), r.get("name", String.class));
    }

    /** The library's point of exactly this name, if there is one (the older, should a knowledge and a skill point share it). */
    public Optional<ResourceTagView> named(long libraryId, String name) {
        return em.createQuery("select new org.ziyuanku.service.graph.ResourceTagView(n.id, n.type, n.name)"
                + " from GraphNode n where n.libraryId = :l and n.type in :types and n.name = :name order by n.id",
                ResourceTagView.class).setParameter("l", libraryId).setParameter("types", TYPES)
                .setParameter("name", name).setMaxResults(1).getResultStream().findFirst();
    }

    /** The library's point of the typed name (stripped), none for a blank one. */
    public Optional<ResourceTagView> typed(long libraryId, String name) {
        return name == null || name.isBlank() ? Optional.empty() : named(libraryId, name.strip());
    }

    /**
     * Up to {@code max} (held to 1 to {@link #MAX_CHOICES}) points of the library whose name contains the typed text
     * (stripped, its first 64 characters), by name.
     */
    public List<ResourceTagView> choices(long libraryId, String text, int max) {
        String query = text == null ? "" : text.strip();
        return matching(libraryId, query.length() > MAX_QUERY ? query.substring(0, MAX_QUERY) : query,
                Math.min(Math.max(max, 1), MAX_CHOICES));
    }

    /** At most {@code max} points of the library whose name contains the text (any case), by name. */
    public List<ResourceTagView> matching(long libraryId, String text, int max) {
        String pattern = "%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
        return em.createQuery("select new org.ziyuanku.service.graph.ResourceTagView(n.id, n.type, n.name)"
                + " from GraphNode n where n.libraryId = :l and n.type in :types and lower(n.name) like :q"
                + " escape '\\' order by n.name, n.id", ResourceTagView.class).setParameter("l", libraryId)
                .setParameter("types", TYPES).setParameter("q", pattern).setMaxResults(max).getResultList();
    }
}
