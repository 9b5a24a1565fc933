package org.ziyuanku.service.course.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.ziyuanku.service.course.PublishedAssemblyPart;
import org.ziyuanku.service.course.PublishedCourseNode;
import org.ziyuanku.service.course.PublishedCourseOutline;
import org.ziyuanku.service.resource.ReferencedResource;
import org.ziyuanku.service.resource.ResourceReferences;

/**
 * Reads a published course and its outline in two queries (the course row, then its nodes in tree order), and the
 * playable parts of 积件 (their parts in order, then the live state of their resources: one query each).
 */
@ApplicationScoped
public class PublishedCourseReader {

    @PersistenceContext(unitName = "ziyuanku")
    private EntityManager em;

    @Inject
    private ResourceReferences references;

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

    public Map<Long, List<PublishedAssemblyPart>> assemblyParts(Collection<Long> assemblyIds) {
        Map<Long, List<PublishedAssemblyPart>> parts = new HashMap<>();
        assemblyIds.forEach(id -> parts.put(id, new ArrayList<>()));
        if (assemblyIds.isEmpty()) {
            return parts;
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("select assembly_id, resource_id, title_override"
                + " from course_assembly_part where assembly_id in (:ids) and resource_id is not null"
                + " order by assembly_id, position", Tuple.class).setParameter("ids", assemblyIds).getResultList();
        Map<Long, ReferencedResource> resources = references.byId(rows.stream()
                .map(r -> ((Number) r.get("resource_id")).longValue()).distinct().toList());
        for (Tuple row : rows) {
            ReferencedResource r = resources.get(((Number) row.get("resource_id")).longValue());
            List<PublishedAssemblyPart> of = parts.get(((Number) row.get("assembly_id")).longValue());
            if (r != null && r.available() && of.stream().noneMatch(p -> p.resourceId() == r.id())) {
                String title = (String) row.get("title_override");
                of.add(new PublishedAssemblyPart(r.id(), title == null ? r.title() : title, r.kind()));
            }
        }
        return parts;
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
