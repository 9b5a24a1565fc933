package org.ziyuanku.service.dictionary.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the platform uses each code list: one grouped count per list over the column that holds its codes. A list not
 * named here is not used by any data yet (its entries show 0).
 */
@ApplicationScoped
public class DictionaryUsage {

    private static final Map<String, String> COUNTS = Map.of(
            "RESOURCE_KIND", "select kind as code, count(*) as uses from teaching_resource group by kind",
            "RESOURCE_SOURCE", "select source as code, count(*) as uses from teaching_resource group by source",
            "LIBRARY_LEVEL", "select level as code, count(*) as uses from resource_library group by level",
            "ORGANISATION_TYPE", "select type as code, count(*) as uses from organisation group by type",
            "REVIEWER_RULE", "select rule as code, count(*) as uses from review_level group by rule",
            "MAJOR_CATEGORY", "select c.code as code, count(m.id) as uses from major_category c left join major m"
                    + " on m.category_id = c.id group by c.code",
            "TERM", "select term_code as code, count(*) as uses from course_offering group by term_code");

    @PersistenceContext(unitName = "ziyuanku")
    private EntityManager em;

    /** Rows per code of the list; codes nobody uses are missing. */
    public Map<String, Long> counts(String listCode) {
        Map<String, Long> counts = new HashMap<>();
        String sql = COUNTS.get(listCode);
        if (sql == null) {
            return counts;
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery(sql, Tuple.class).getResultList();
        for (Tuple row : rows) {
            counts.put(String.valueOf(row.get("code")), ((Number) row.get("uses")).longValue());
        }
        return counts;
    }
}
