package org.ziyuanku.service.graph.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ziyuanku.service.graph.GraphLinkKind;
import org.ziyuanku.service.graph.GraphLinkView;

/**
 * The tags between nodes and what they annotate, one table per kind (V38), and the reads of what a node tags: only
 * published resources (not in the recycle bin) and published courses and their items, for everybody; bank questions
 * for those who work in the bank.
 */
@ApplicationScoped
public class GraphLinks {

    /** Per kind: the tag table and its target column. */
    static final Map<GraphLinkKind, String[]> TABLES = new EnumMap<>(Map.of(
            GraphLinkKind.RESOURCE, new String[] {"graph_node_resource", "resource_id"},
            GraphLinkKind.COURSE, new String[] {"graph_node_course", "course_id"},
            GraphLinkKind.COURSE_ITEM, new String[] {"graph_node_course_item", "course_node_id"},
            GraphLinkKind.QUESTION, new String[] {"graph_node_question", "question_id"}));

    private static final String PUBLIC_RESOURCE = "r.status = 'PUBLISHED' and r.deleted_at is null";
    private static final String PUBLIC_COURSE = "c.status = 'PUBLISHED' and c.revision_of_id is null";
    private static final Map<GraphLinkKind, String> LIBRARY_OF = new EnumMap<>(Map.of(
            GraphLinkKind.RESOURCE, "select library_id from teaching_resource where id = ?1 and deleted_at is null",
            GraphLinkKind.COURSE, "select library_id from standard_course where id = ?1 and revision_of_id is null",
            GraphLinkKind.COURSE_ITEM, "select c.library_id from course_node n join standard_course c"
                    + " on c.id = n.course_id where n.id = ?1 and n.item_kind is not null",
            GraphLinkKind.QUESTION, "select library_id from question where id = ?1 and parent_id is null"));

    @PersistenceContext(unitName = "ziyuanku")
    private EntityManager em;

    /** The library of the resource, course, course item or question, if it exists. */
    public Optional<Long> libraryOf(GraphLinkKind kind, long targetId) {
        List<?> rows = em.createNativeQuery(LIBRARY_OF.get(kind)).setParameter(1, targetId).getResultList();
        return rows.stream().findFirst().map(r -> ((Number) r).longValue());
    }

    /** The course of the course item (an outline node with an item kind), if it exists. */
    public Optional<Long> courseOfItem(long itemId) {
        List<?> rows = em.createNativeQuery("select course_id from course_node where id = ?1 and item_kind is not null")
                .setParameter(1, itemId).getResultList();
        return rows.stream().findFirst().map(r -> ((Number) r).longValue());
    }

    /** Tags the target with the node; whether it was not tagged yet. */
    public boolean tag(long nodeId, GraphLinkKind kind, long targetId) {
        String[] t = TABLES.get(kind);
        return em.createNativeQuery("insert into " + t[0] + " (node_id, " + t[1] + ") values (?1, ?2)"
                + " on conflict do nothing").setParameter(1, nodeId).setParameter(2, targetId).executeUpdate() > 0;
    }

    /** Tags {@code toId} with every node that tags {@code fromId} (a new version of the same thing). */
    public void copyTags(GraphLinkKind kind, long fromId, long toId) {
        String[] t = TABLES.get(kind);
        em.createNativeQuery("insert into " + t[0] + " (node_id, " + t[1] + ") select node_id, ?2 from " + t[0]
                + " where " + t[1] + " = ?1 on conflict do nothing").setParameter(1, fromId).setParameter(2, toId)
                .executeUpdate();
    }

    /** {@code toId} ends with exactly the tags of {@code fromId} (an approved version's, taken over). */
    public void replaceTags(GraphLinkKind kind, long fromId, long toId) {
        String[] t = TABLES.get(kind);
        em.createNativeQuery("delete from " + t[0] + " where " + t[1] + " = ?1").setParameter(1, toId).executeUpdate();
        copyTags(kind, fromId, toId);
    }

    /** Removes the tag; whether there was one. */
    public boolean untag(long nodeId, GraphLinkKind kind, long targetId) {
        String[] t = TABLES.get(kind);
        return em.createNativeQuery("delete from " + t[0] + " where node_id = ?1 and " + t[1] + " = ?2")
                .setParameter(1, nodeId).setParameter(2, targetId).executeUpdate() > 0;
    }

    /** Per node of the library: how many published resources, published courses and items, published questions. */
    public Map<Long, int[]> counts(long libraryId) {
        Map<Long, int[]> counts = new HashMap<>();
        count(counts, 0, "select t.node_id, count(*) as links from graph_node_resource t join teaching_resource r"
                + " on r.id = t.resource_id join graph_node n on n.id = t.node_id where n.library_id = ?1 and "
                + PUBLIC_RESOURCE + " group by t.node_id", libraryId);
        count(counts, 1, "select t.node_id, count(*) as links from graph_node_course t join standard_course c"
                + " on c.id = t.course_id join graph_node n on n.id = t.node_id where n.library_id = ?1 and "
                + PUBLIC_COURSE + " group by t.node_id", libraryId);
        count(counts, 1, "select t.node_id, count(*) as links from graph_node_course_item t join course_node i"
                + " on i.id = t.course_node_id join standard_course c on c.id = i.course_id join graph_node n"
                + " on n.id = t.node_id where n.library_id = ?1 and " + PUBLIC_COURSE + " group by t.node_id",
                libraryId);
        count(counts, 2, "select t.node_id, count(*) as links from graph_node_question t join question q"
                + " on q.id = t.question_id join graph_node n on n.id = t.node_id where n.library_id = ?1"
                + " and q.status = 'PUBLISHED' group by t.node_id", libraryId);
        return counts;
    }

    private void count(Map<Long, int[]> counts, int column, String sql, long libraryId) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery(sql, Tuple.class).setParameter(1, libraryId).getResultList();
        for (Tuple r : rows) {
            counts.computeIfAbsent(((Number) r.get("node_id")).longValue(), k -> new int[3])[column]
                    += ((Number) r.get("links")).intValue();
        }
    }

    /** The node's published resources by title. */
    public List<GraphLinkView> resources(long nodeId) {
        return links(GraphLinkKind.RESOURCE, "select r.id as id, r.title as title, null as course, r.kind as detail"
                + " from graph_node_resource t join teaching_resource r on r.id = t.resource_id where t.node_id = ?1"
                + " and " + PUBLIC_RESOURCE + " order by r.title, r.id", nodeId);
    }

    /** The node's published courses by name. */
    public List<GraphLinkView> courses(long nodeId) {
        return links(GraphLinkKind.COURSE, "select c.id as id, c.name as title, null as course, c.code as detail"
                + " from graph_node_course t join standard_course c on c.id = t.course_id where t.node_id = ?1"
                + " and " + PUBLIC_COURSE + " order by c.name, c.id", nodeId);
    }

    /** The node's items of published courses, by course and title. */
    public List<GraphLinkView> courseItems(long nodeId) {
        return links(GraphLinkKind.COURSE_ITEM, "select i.id as id, i.title as title, c.id as course,"
                + " c.name as detail from graph_node_course_item t join course_node i on i.id = t.course_node_id"
                + " join standard_course c on c.id = i.course_id where t.node_id = ?1 and " + PUBLIC_COURSE
                + " order by c.name, i.title, i.id", nodeId);
    }

    /** The node's questions of every state (for those who work in the bank), stems as stored. */
    public List<GraphLinkView> questions(long nodeId) {
        return links(GraphLinkKind.QUESTION, "select q.id as id, q.stem as title, null as course, q.type as detail"
                + " from graph_node_question t join question q on q.id = t.question_id where t.node_id = ?1"
                + " order by q.id", nodeId);
    }

    /** How many published questions the node tags. */
    public int publishedQuestions(long nodeId) {
        return ((Number) em.createNativeQuery("select count(*) from graph_node_question t join question q"
                + " on q.id = t.question_id where t.node_id = ?1 and q.status = 'PUBLISHED'").setParameter(1, nodeId)
                .getSingleResult()).intValue();
    }

    private List<GraphLinkView> links(GraphLinkKind kind, String sql, long nodeId) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery(sql, Tuple.class).setParameter(1, nodeId).getResultList();
        return rows.stream().map(r -> new GraphLinkView(kind, ((Number) r.get("id")).longValue(),
                (String) r.get("title"), r.get("course") == null ? null : ((Number) r.get("course")).longValue(),
                (String) r.get("detail"))).toList();
    }
}
