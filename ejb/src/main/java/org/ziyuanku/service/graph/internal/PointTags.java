package org.ziyuanku.service.graph.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.ziyuanku.domain.graph.GraphNodeType;
import org.ziyuanku.service.graph.GraphLinkKind;
import org.ziyuanku.service.graph.ResourceTagView;

/**
 * The knowledge and skill points of a library a resource, course item or question is tagged with (its kind's tag
 * table, {@link GraphLinks#TABLES}), and those to choose from by name.
 */
@ApplicationScoped
public class PointTags {

    /** The node types an edit page tags with. */
    public static final List<GraphNodeType> TYPES = List.of(GraphNodeType.KNOWLEDGE, GraphNodeType.SKILL);

    @PersistenceContext(unitName = "ziyuanku")
    private EntityManager em;

    /** The points the resource, course item or question is tagged with, by type and name. */
    public List<ResourceTagView> of(GraphLinkKind kind, long targetId) {
        String[] t = GraphLinks.TABLES.get(kind);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select n.id, n.node_type, n.name from graph_node n join " + t[0]
                + " t on t.node_id = n.id where t." + t[1] + " = ?1 and n.node_type in"
                + " ('KNOWLEDGE', 'SKILL') order by n.node_type, n.name").setParameter(1, targetId).getResultList();
        return rows.stream().map(r -> new ResourceTagView(((Number) r[0]).longValue(),
                GraphNodeType.valueOf((String) r[1]), (String) r[2])).toList();
    }

    /** At most {@code max} points of the library whose name contains the text (any case), by name. */
    public List<ResourceTagView> matching(long libraryId, String text, int max) {
        String pattern = "%" + text.toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
        return em.createQuery("select new org.ziyuanku.service.graph.ResourceTagView(n.id, n.type, n.name)"
                + " from GraphNode n where n.libraryId = :l and n.type in :types and lower(n.name) like :q"
                + " escape '\\' order by n.name, n.id", ResourceTagView.class).setParameter("l", libraryId)
                .setParameter("types", TYPES).setParameter("q", pattern).setMaxResults(max).getResultList();
    }
}
