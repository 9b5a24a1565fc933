package org.ziyuanku.service.dictionary.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
            "RESOURCE_KIND", "select kind, count(*) from teaching_resource group by kind",
            "RESOURCE_SOURCE", "select source, count(*) from teaching_resource group by source",
            "LIBRARY_LEVEL", "select level, count(*) from resource_library group by level",
            "ORGANISATION_TYPE", "select type, count(*) from organisation group by type",
            "REVIEWER_RULE", "select rule, count(*) from review_level group by rule",
            "MAJOR_CATEGORY", "select c.code, count(m.id) from major_category c left join major m"
                    + " on m.category_id = c.id group by c.code",
            "TERM", "select term_code, count(*) from course_offering group by term_code");

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
        List<Object[]> rows = em.createNativeQuery(sql).getResultList();
        for (Object[] row : rows) {
            counts.put(String.valueOf(row[0]), ((Number) row[1]).longValue());
        }
        return counts;
    }
}
