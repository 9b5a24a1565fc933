package org.ziyuanku.service.library.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ziyuanku.domain.library.LibraryLevel;
import org.ziyuanku.domain.library.ResourceLibrary;
import org.ziyuanku.service.library.LibrarySearchQuery;
import org.ziyuanku.service.library.MajorCategoryView;
import org.ziyuanku.service.system.LikePattern;

/** Queries over {@link ResourceLibrary}; search returns flat rows, not entity graphs. */
@ApplicationScoped
public class ResourceLibraryRepository {

    private static final String FROM = " from ResourceLibrary l join l.category c";
    private static final String TEXT_MATCH = " and (lower(l.name) like :text escape '!' or exists ("
            + "select h.id from ResourceLibrary l2 join l2.hostUnits h where l2 = l and lower(h.name) like :text escape '!'))";

    @PersistenceContext(unitName = "ziyuanku")
    private EntityManager em;

    /** The libraries of one page, in catalogue order. */
    public List<LibraryRow> searchRows(LibrarySearchQuery query) {
        String jpql = LibraryRow.SELECT + FROM + where(query) + " order by c.sortOrder, l.level, l.catalogueNo, l.name";
        TypedQuery<Tuple> q = bind(em.createQuery(jpql, Tuple.class), query);
        return q.setFirstResult(query.page() * query.size()).setMaxResults(query.size()).getResultStream()
                .map(LibraryRow::of).toList();
    }

    public long count(LibrarySearchQuery query) {
        return bind(em.createQuery("select count(l)" + FROM + where(query), Long.class), query).getSingleResult();
    }

    private static String where(LibrarySearchQuery query) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (query.text() != null) {
            where.append(TEXT_MATCH);
        }
        if (query.categoryCode() != null) {
            where.append(" and c.code = :category");
        }
        if (query.level() != null) {
            where.append(" and l.level = :level");
        }
        return where.toString();
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> q, LibrarySearchQuery query) {
        if (query.text() != null) {
            q.setParameter("text", LikePattern.containing(query.text()));
        }
        if (query.categoryCode() != null) {
            q.setParameter("category", query.categoryCode());
        }
        if (query.level() != null) {
            q.setParameter("level", query.level());
        }
        return q;
    }

    /** Host unit names of the given libraries, each list in host order. */
    public Map<Long, List<String>> hostUnitNames(Collection<Long> libraryIds) {
        if (libraryIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select l.id as library, h.name as host from ResourceLibrary l join l.hostUnits h"
                + " where l.id in :ids order by l.id, index(h)", Tuple.class).setParameter("ids", libraryIds)
                .getResultStream().collect(Collectors.groupingBy(t -> t.get("library", Long.class), LinkedHashMap::new,
                        Collectors.mapping(t -> t.get("host", String.class), Collectors.toList())));
    }

    public ResourceLibrary find(long id) {
        return em.find(ResourceLibrary.class, id);
    }

    /** Every major category in catalogue order, with its number of libraries. */
    public List<MajorCategoryView> categoryCounts() {
        return em.createQuery("select c.code as code, c.name as name, c.nameEn as name_en, count(l) as libraries"
                + " from MajorCategory c left join ResourceLibrary l on l.category = c"
                + " group by c.code, c.name, c.nameEn, c.sortOrder order by c.sortOrder", Tuple.class)
                .getResultStream().map(t -> new MajorCategoryView(t.get("code", String.class),
                        t.get("name", String.class), t.get("name_en", String.class), t.get("libraries", Long.class)))
                .toList();
    }

    public Map<LibraryLevel, Long> countByLevel() {
        Map<LibraryLevel, Long> counts = new EnumMap<>(LibraryLevel.class);
        for (LibraryLevel level : LibraryLevel.values()) {
            counts.put(level, 0L);
        }
        em.createNamedQuery("ResourceLibrary.countByLevel", Tuple.class).getResultStream()
                .forEach(t -> counts.put(t.get("level", LibraryLevel.class), t.get("libraries", Long.class)));
        return counts;
    }

    /** The libraries of one level with their host units loaded, by code: the import's working set. */
    public Map<String, ResourceLibrary> findByLevelWithHosts(LibraryLevel level) {
        return em.createQuery("select distinct l from ResourceLibrary l left join fetch l.hostUnits"
                + " where l.level = :level", ResourceLibrary.class)
                .setParameter("level", level).getResultList().stream()
                .collect(Collectors.toMap(ResourceLibrary::getCode, Function.identity(), (same, duplicate) -> same));
    }

    public void add(ResourceLibrary library) {
        em.persist(library);
    }

    /** The national library with that catalogue number, if there is one. */
    public Optional<ResourceLibrary> national(int catalogueNo) {
        return em.createQuery("select l from ResourceLibrary l where l.level = :level and l.catalogueNo = :no",
                ResourceLibrary.class).setParameter("level", LibraryLevel.NATIONAL).setParameter("no", catalogueNo)
                .getResultStream().findFirst();
    }
}
