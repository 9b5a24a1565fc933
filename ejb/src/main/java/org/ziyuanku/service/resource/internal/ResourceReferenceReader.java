package org.ziyuanku.service.resource.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.ziyuanku.service.resource.ReferencedResource;

/** Reads referenced resources (never revisions) with their library's name in one query. */
@ApplicationScoped
public class ResourceReferenceReader {

    @PersistenceContext(unitName = "ziyuanku")
    private EntityManager em;

    public List<ReferencedResource> read(Collection<Long> ids) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("select r.id, r.title, r.kind, r.media_type, r.duration_seconds,"
                + " r.page_count, r.status, r.deleted_at is null and r.status = 'PUBLISHED' as available,"
                + " r.resource_version, r.library_id, l.name as library_name from teaching_resource r"
                + " join resource_library l on l.id = r.library_id where r.id in (:ids) and r.revision_of_id is null",
                Tuple.class).setParameter("ids", ids).getResultList();
        List<ReferencedResource> found = new ArrayList<>();
        for (Tuple t : rows) {
            found.add(new ReferencedResource(((Number) t.get("id")).longValue(), (String) t.get("title"),
                    (String) t.get("kind"), (String) t.get("media_type"), intOrNull(t.get("duration_seconds")),
                    intOrNull(t.get("page_count")), (String) t.get("status"), (Boolean) t.get("available"),
                    ((Number) t.get("resource_version")).intValue(), ((Number) t.get("library_id")).longValue(),
                    (String) t.get("library_name")));
        }
        return found;
    }

    private static Integer intOrNull(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }
}
