package org.ziyuanku.service.course.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.ziyuanku.domain.course.CourseAssembly;

/** 积件. */
@ApplicationScoped
public class CourseAssemblyRepository {

    @PersistenceContext(unitName = "ziyuanku")
    private EntityManager em;

    public Optional<CourseAssembly> find(long id) {
        return Optional.ofNullable(em.find(CourseAssembly.class, id));
    }

    public List<CourseAssembly> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select a from CourseAssembly a where a.id in :ids", CourseAssembly.class)
                .setParameter("ids", ids).getResultList();
    }

    public CourseAssembly add(CourseAssembly assembly) {
        em.persist(assembly);
        return assembly;
    }

    public void remove(CourseAssembly assembly) {
        em.remove(assembly);
    }

    public boolean nameTaken(long libraryId, String name, Long except) {
        return !em.createQuery("select a.id from CourseAssembly a where a.libraryId = :library and a.name = :name"
                + " and a.id <> :except", Long.class).setParameter("library", libraryId).setParameter("name", name)
                .setParameter("except", except == null ? -1L : except).setMaxResults(1).getResultList().isEmpty();
    }

    /** The 积件 of the libraries (or owned by the account), by name. */
    public List<CourseAssembly> of(Collection<Long> libraryIds, long ownerId, int max) {
        return em.createQuery("select a from CourseAssembly a where a.ownerId = :owner or a.libraryId in :libraries"
                + " order by a.name", CourseAssembly.class).setParameter("owner", ownerId)
                .setParameter("libraries", libraryIds.isEmpty() ? List.of(-1L) : libraryIds).setMaxResults(max)
                .getResultList();
    }
}
