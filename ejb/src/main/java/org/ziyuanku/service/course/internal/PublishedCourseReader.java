package org.ziyuanku.service.course.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ziyuanku.service.course.PublishedCourseNode;
import org.ziyuanku.service.course.PublishedCourseOutline;

/** Reads a published course and its outline in two queries (the course row, then its nodes in tree order). */
@ApplicationScoped
public class PublishedCourseReader {

    @PersistenceContext(unitName = "ziyuanku")
    private EntityManager em;

    public Optional<PublishedCourseOutline> outline(long courseId) {
        @SuppressWarnings("unchecked")
        List<Tuple> courses = em.createNativeQuery("select id, library_id, name, course_version from standard_course"
                + " where id = ?1 and status = 'PUBLISHED' and revision_of_id is null", Tuple.class)
                .setParameter(1, courseId).getResultList();
        if (courses.isEmpty()) {
            return Optional.empty();
        }
        Tuple course = courses.get(0);
        return Optional.of(new PublishedCourseOutline(courseId, ((Number) course.get("library_id")).longValue(),
                (String) course.get("name"), ((Number) course.get("course_version")).intValue(), nodes(courseId)));
    }

    private List<PublishedCourseNode> nodes(long courseId) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("select n.node_key, p.node_key as parent_key, n.depth, n.position,"
                + " n.title, n.item_kind, n.resource_id, n.assembly_id, n.page_body, n.min_seconds, n.trial_default,"
                + " n.content_hash from course_node n left join course_node p on p.id = n.parent_id"
                + " where n.course_id = ?1 order by n.depth, p.position nulls first, n.position", Tuple.class)
                .setParameter(1, courseId).getResultList();
        return rows.stream().map(PublishedCourseReader::node).toList();
    }

    private static PublishedCourseNode node(Tuple row) {
        return new PublishedCourseNode((UUID) row.get("node_key"), (UUID) row.get("parent_key"),
                ((Number) row.get("depth")).intValue(), ((Number) row.get("position")).intValue(),
                (String) row.get("title"), (String) row.get("item_kind"), longOrNull(row.get("resource_id")),
                longOrNull(row.get("assembly_id")), (String) row.get("page_body"),
                ((Number) row.get("min_seconds")).intValue(), (Boolean) row.get("trial_default"),
                (String) row.get("content_hash"));
    }

    private static Long longOrNull(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }
}
