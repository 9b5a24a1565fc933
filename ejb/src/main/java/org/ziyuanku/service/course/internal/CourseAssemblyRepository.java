package org.ziyuanku.service.course.internal;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import org.ziyuanku.domain.course.CourseAssembly;
import org.ziyuanku.service.system.EntityRepository;

/** 积件. */
@ApplicationScoped
public class CourseAssemblyRepository extends EntityRepository<CourseAssembly> {

    public CourseAssemblyRepository() {
        super(CourseAssembly.class);
    }

    public List<CourseAssembly> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select a from CourseAssembly a where a.id in :ids", CourseAssembly.class)
                .setParameter("ids", ids).getResultList();
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
