package org.ziyuanku.service.graph.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.ziyuanku.domain.graph.GraphEdge;
import org.ziyuanku.domain.graph.GraphEdgeType;
import org.ziyuanku.domain.graph.GraphNode;
import org.ziyuanku.domain.graph.GraphNodeType;

/** Nodes and edges of the libraries' graphs, merging two nodes, and the courses a course team works on. */
@ApplicationScoped
public class GraphRepository {

    @PersistenceContext(unitName = "ziyuanku")
    private EntityManager em;

    public Optional<GraphNode> node(long id) {
        return Optional.ofNullable(em.find(GraphNode.class, id));
    }

    public Optional<GraphEdge> edge(long id) {
        return Optional.ofNullable(em.find(GraphEdge.class, id));
    }

    public void add(Object nodeOrEdge) {
        em.persist(nodeOrEdge);
    }

    public void remove(Object nodeOrEdge) {
        em.remove(nodeOrEdge);
    }

    public void flush() {
        em.flush();
    }

    /** The library's nodes by type and name. */
    public List<GraphNode> nodes(long libraryId) {
        return em.createQuery("select n from GraphNode n where n.libraryId = :l order by n.type, n.name, n.id",
                GraphNode.class).setParameter("l", libraryId).getResultList();
    }

    /** The library's node of this type and name, if any. */
    public Optional<GraphNode> named(long libraryId, GraphNodeType type, String name) {
        return em.createQuery("select n from GraphNode n where n.libraryId = :l and n.type = :t and n.name = :n",
                GraphNode.class).setParameter("l", libraryId).setParameter("t", type).setParameter("n", name)
                .getResultStream().findFirst();
    }

    /** The library's edges. */
    public List<GraphEdge> edges(long libraryId) {
        return em.createQuery("select e from GraphEdge e where e.libraryId = :l order by e.id", GraphEdge.class)
                .setParameter("l", libraryId).getResultList();
    }

    /** Whether the edge exists already. */
    public boolean hasEdge(long sourceId, long targetId, GraphEdgeType type) {
        return !em.createQuery("select e.id from GraphEdge e where e.sourceId = :s and e.targetId = :t"
                + " and e.type = :y", Long.class).setParameter("s", sourceId).setParameter("t", targetId)
                .setParameter("y", type).setMaxResults(1).getResultList().isEmpty();
    }

    /**
     * Moves the edges and tags of {@code from} to {@code into} (dropping those {@code into} has already and the edges
     * that would join {@code into} to itself); {@code from} is deleted after.
     */
    public void moveEverything(long from, long into) {
        em.createNativeQuery("update graph_edge e set source_id = ?2 where e.source_id = ?1 and e.target_id <> ?2"
                + " and not exists (select 1 from graph_edge o where o.source_id = ?2 and o.target_id = e.target_id"
                + " and o.edge_type = e.edge_type)").setParameter(1, from).setParameter(2, into).executeUpdate();
        em.createNativeQuery("update graph_edge e set target_id = ?2 where e.target_id = ?1 and e.source_id <> ?2"
                + " and not exists (select 1 from graph_edge o where o.target_id = ?2 and o.source_id = e.source_id"
                + " and o.edge_type = e.edge_type)").setParameter(1, from).setParameter(2, into).executeUpdate();
        for (String[] table : GraphLinks.TABLES.values()) {
            em.createNativeQuery("insert into " + table[0] + " (node_id, " + table[1] + ") select ?2, " + table[1]
                    + " from " + table[0] + " where node_id = ?1 on conflict do nothing").setParameter(1, from)
                    .setParameter(2, into).executeUpdate();
        }
    }

    /** Of these course ids, those of courses of the library. */
    public boolean anyCourseOf(long libraryId, Collection<Long> courseIds) {
        if (courseIds.isEmpty()) {
            return false;
        }
        return !em.createNativeQuery("select id from standard_course where library_id = ?1 and id in (?2)")
                .setParameter(1, libraryId).setParameter(2, courseIds).setMaxResults(1).getResultList().isEmpty();
    }

    /** The library's course with this code (the published one, not a pending version), if any. */
    public Optional<Long> course(long libraryId, String code) {
        return first(em.createNativeQuery("select id from standard_course where library_id = ?1 and code = ?2"
                + " and revision_of_id is null").setParameter(1, libraryId).setParameter(2, code).getResultList());
    }

    /** The course's item with this title, if any. */
    public Optional<Long> courseItem(long courseId, String title) {
        return first(em.createNativeQuery("select id from course_node where course_id = ?1 and title = ?2"
                + " and item_kind is not null order by id").setParameter(1, courseId).setParameter(2, title)
                .getResultList());
    }

    /** The ids of the library's first top-level questions. */
    public List<Long> firstQuestions(long libraryId, int count) {
        List<?> ids = em.createNativeQuery("select id from question where library_id = ?1 and parent_id is null"
                + " order by id").setParameter(1, libraryId).setMaxResults(count).getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    private static Optional<Long> first(List<?> ids) {
        return ids.stream().findFirst().map(id -> ((Number) id).longValue());
    }
}
