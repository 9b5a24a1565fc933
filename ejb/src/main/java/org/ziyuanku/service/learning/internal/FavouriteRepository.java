package org.ziyuanku.service.learning.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.ziyuanku.domain.learning.Favourite;
import org.ziyuanku.domain.learning.FavouriteFolder;
import org.ziyuanku.domain.learning.LearnerTarget;

/** Learners' favourite folders and favourites. */
@ApplicationScoped
public class FavouriteRepository {

    @PersistenceContext(unitName = "ziyuanku")
    private EntityManager em;

    public void add(Object entity) {
        em.persist(entity);
    }

    public void remove(Object entity) {
        em.remove(entity);
    }

    public void flush() {
        em.flush();
    }

    /** The owner's folder with this id; another's is empty. */
    public Optional<FavouriteFolder> folder(long ownerId, long folderId) {
        return Optional.ofNullable(em.find(FavouriteFolder.class, folderId)).filter(f -> f.getOwnerId() == ownerId);
    }

    /** The owner's folder with this name. */
    public Optional<FavouriteFolder> folderNamed(long ownerId, String name) {
        return em.createQuery("select f from FavouriteFolder f where f.ownerId = :o and f.name = :n",
                FavouriteFolder.class).setParameter("o", ownerId).setParameter("n", name).getResultStream()
                .findFirst();
    }

    /** The owner's folders, oldest first. */
    public List<FavouriteFolder> folders(long ownerId) {
        return em.createQuery("select f from FavouriteFolder f where f.ownerId = :o order by f.id",
                FavouriteFolder.class).setParameter("o", ownerId).getResultList();
    }

    /** The number of favourites in the folder. */
    public long count(long folderId) {
        return em.createQuery("select count(f) from Favourite f where f.folderId = :f", Long.class)
                .setParameter("f", folderId).getSingleResult();
    }

    /** The owner's favourite with this id; another's is empty. */
    public Optional<Favourite> favourite(long ownerId, long id) {
        return Optional.ofNullable(em.find(Favourite.class, id)).filter(f -> f.getOwnerId() == ownerId);
    }

    /** The owner's favourite of the target, if saved. */
    public Optional<Favourite> favouriteOf(long ownerId, LearnerTarget target) {
        String where = target.isResource() ? "f.resourceId = :t" : "f.nodeId = :t";
        return em.createQuery("select f from Favourite f where f.ownerId = :o and " + where, Favourite.class)
                .setParameter("o", ownerId)
                .setParameter("t", target.isResource() ? target.resourceId() : target.nodeId()).getResultStream()
                .findFirst();
    }

    /** The owner's favourites, in one folder when {@code folderId} is not null, newest first (at most 1,000). */
    public List<Favourite> favourites(long ownerId, Long folderId) {
        var query = em.createQuery("select f from Favourite f where f.ownerId = :o"
                + (folderId == null ? "" : " and f.folderId = :f") + " order by f.createdAt desc, f.id desc",
                Favourite.class).setParameter("o", ownerId).setMaxResults(1000);
        if (folderId != null) {
            query.setParameter("f", folderId);
        }
        return query.getResultList();
    }
}
