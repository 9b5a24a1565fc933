package org.ziyuanku.service.graph.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ziyuanku.service.graph.RelatedResourceView;

/**
 * The resources related to a published one, for everybody: first those sharing graph nodes with it (most shared
 * nodes first, then the hotter), then, to fill up, published resources of the same library made for the same course.
 * Only published resources outside the recycle bin; never the resource itself.
 */
@ApplicationScoped
public class RelatedResources {

    private static final String SHARED = "select r.id as id, r.title as title, r.kind as kind,"
            + " string_agg(n.name, '、' order by n.node_type desc, n.name) as nodes, count(*) as shared"
            + " from graph_node_resource mine join graph_node_resource other on other.node_id = mine.node_id"
            + " and other.resource_id <> mine.resource_id join graph_node n on n.id = mine.node_id"
            + " join teaching_resource r on r.id = other.resource_id and r.status = 'PUBLISHED'"
            + " and r.deleted_at is null left join resource_counter c on c.resource_id = r.id"
            + " where mine.resource_id = ?1 and exists (select 1 from teaching_resource me where me.id = ?1"
            + " and me.status = 'PUBLISHED' and me.deleted_at is null) group by r.id, r.title, r.kind, c.views"
            + " order by shared desc, coalesce(c.views, 0) desc, r.id desc limit ?2";
    private static final String SAME_COURSE = "select r.id as id, r.title as title, r.kind as kind,"
            + " r.course_name as course from teaching_resource me join teaching_resource r"
            + " on r.library_id = me.library_id and r.course_name = me.course_name and r.id <> me.id"
            + " and r.status = 'PUBLISHED' and r.deleted_at is null and r.revision_of_id is null"
            + " where me.id = ?1 and me.status = 'PUBLISHED' and me.deleted_at is null and me.course_name is not null"
            + " order by r.id desc limit ?2";

    @PersistenceContext(unitName = "ziyuanku")
    private EntityManager em;

    /** At most {@code max} resources related to the published resource. */
    public List<RelatedResourceView> of(long resourceId, int max) {
        List<RelatedResourceView> related = new ArrayList<>();
        for (Tuple row : rows(SHARED, resourceId, max)) {
            related.add(new RelatedResourceView(row.get("id", Number.class).longValue(), row.get("title", String.class),
                    row.get("kind", String.class), Arrays.asList(row.get("nodes", String.class).split("、")), null));
        }
        if (related.size() < max) {
            for (Tuple row : rows(SAME_COURSE, resourceId, max)) {
                long id = row.get("id", Number.class).longValue();
                if (related.size() < max && related.stream().noneMatch(r -> r.resourceId() == id)) {
                    related.add(new RelatedResourceView(id, row.get("title", String.class),
                            row.get("kind", String.class), List.of(), row.get("course", String.class)));
                }
            }
        }
        return related;
    }

    @SuppressWarnings("unchecked")
    private List<Tuple> rows(String sql, long resourceId, int max) {
        return em.createNativeQuery(sql, Tuple.class).setParameter(1, resourceId).setParameter(2, max)
                .getResultList();
    }
}
