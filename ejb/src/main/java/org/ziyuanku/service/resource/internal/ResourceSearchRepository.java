package org.ziyuanku.service.resource.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.ziyuanku.domain.resource.SearchTerms;
import org.ziyuanku.service.resource.ResourceFacetView;
import org.ziyuanku.service.resource.ResourceSearchQuery;

/**
 * Search over published resources outside the recycle bin, in the database every node shares, so every node answers
 * the same. Text matches the stored {@link SearchTerms} through a GIN index; filters and facets are plain columns.
 */
@ApplicationScoped
public class ResourceSearchRepository {

    private static final String VECTOR = "array_to_tsvector(string_to_array(r.search_terms, ' '))";
    private static final String FROM = " from teaching_resource r join resource_library l on l.id = r.library_id"
            + " join resource_counter c on c.resource_id = r.id left join major m on m.id = r.major_id";
    private static final Map<String, FacetColumns> FACETS = new LinkedHashMap<>();

    static {
        FACETS.put("kind", new FacetColumns("r.kind", "r.kind"));
        FACETS.put("source", new FacetColumns("r.source", "r.source"));
        FACETS.put("level", new FacetColumns("l.level", "l.level"));
        FACETS.put("major", new FacetColumns("cast(m.id as varchar(20))", "m.name"));
        FACETS.put("course", new FacetColumns("r.course_name", "r.course_name"));
        FACETS.put("library", new FacetColumns("cast(l.id as varchar(20))", "l.name"));
    }

    /** The SQL expressions of a facet's value and of its label. */
    private record FacetColumns(String value, String label) {
    }

    @PersistenceContext(unitName = "ziyuanku")
    private EntityManager em;

    /** The ids of one page of results, in order. */
    public List<Long> page(ResourceSearchQuery query) {
        Where where = where(query);
        Query q = em.createNativeQuery("select r.id" + FROM + where.sql + " order by " + order(query) + ", r.id desc");
        where.bind(q).setFirstResult(query.page() * query.size()).setMaxResults(query.size());
        @SuppressWarnings("unchecked")
        List<Object> ids = q.getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    public long count(ResourceSearchQuery query) {
        Where where = where(query);
        return ((Number) where.bind(em.createNativeQuery("select count(*)" + FROM + where.sql)).getSingleResult())
                .longValue();
    }

    /** The count of each value of each facet under the query's filters; empty values are left out. */
    public List<ResourceFacetView> facets(ResourceSearchQuery query) {
        Where where = where(query);
        List<ResourceFacetView> facets = new ArrayList<>();
        FACETS.forEach((facet, columns) -> {
            @SuppressWarnings("unchecked")
            List<Tuple> rows = where.bind(em.createNativeQuery("select " + columns.value() + " as value, "
                    + columns.label() + " as label, count(*) as hits" + FROM + where.sql + " group by "
                    + columns.value() + ", " + columns.label() + " order by count(*) desc", Tuple.class))
                    .setMaxResults(50).getResultList();
            rows.stream().filter(row -> row.get("value") != null).forEach(row -> facets.add(new ResourceFacetView(
                    facet, row.get("value").toString(), String.valueOf(row.get("label")),
                    row.get("hits", Number.class).longValue())));
        });
        return facets;
    }

    private static String order(ResourceSearchQuery query) {
        return switch (query.sort()) {
            case RELEVANCE -> hasTerms(query) ? "ts_rank(" + VECTOR + ", cast(:tsq as tsquery)) desc, r.published_at desc"
                    : "r.published_at desc";
            case NEWEST -> "r.published_at desc";
            case POPULAR -> "c.views + c.plays + c.downloads desc";
            case RATING -> "case when c.rating_count = 0 then 0 else c.rating_sum * 1.0 / c.rating_count end desc";
            case TITLE -> "r.title asc";
        };
    }

    private static boolean hasTerms(ResourceSearchQuery query) {
        return query.hasText() && !SearchTerms.query(query.text()).isEmpty();
    }

    private static Where where(ResourceSearchQuery query) {
        Where w = new Where(" where r.status = 'PUBLISHED' and r.deleted_at is null");
        w.addIf(hasTerms(query), " and " + VECTOR + " @@ cast(:tsq as tsquery)", "tsq",
                () -> SearchTerms.query(query.text()));
        w.addIf(query.kind() != null, " and r.kind = :kind", "kind", () -> query.kind().name());
        w.addIf(query.libraryId() != null, " and r.library_id = :library", "library", query::libraryId);
        w.addIf(query.majorId() != null, " and r.major_id = :major", "major", query::majorId);
        w.addIf(query.courseName() != null, " and r.course_name = :course", "course", query::courseName);
        w.addIf(query.source() != null, " and r.source = :source", "source", () -> query.source().name());
        w.addIf(query.level() != null, " and l.level = :level", "level", () -> query.level().name());
        return w;
    }

    /** A where clause and its named parameters. */
    private static final class Where {
        private String sql;
        private final Map<String, Object> parameters = new LinkedHashMap<>();

        Where(String sql) {
            this.sql = sql;
        }

        void add(String condition, String name, Object value) {
            sql += condition;
            parameters.put(name, value);
        }

        void addIf(boolean present, String condition, String name, Supplier<Object> value) {
            if (present) {
                add(condition, name, value.get());
            }
        }

        Query bind(Query query) {
            parameters.forEach((name, value) -> {
                if (query.getParameters().stream().anyMatch(p -> name.equals(p.getName()))) {
                    query.setParameter(name, value);
                }
            });
            return query;
        }
    }
}
