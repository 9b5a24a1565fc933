package org.ziyuanku.service.system;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * The floor of a context's repository of one entity with a numeric id: finding, adding and removing it as the
 * persistence context does (none of them flushes; {@link #flush()} writes pending changes when the service asks), and
 * the EntityManager for the repository's own queries. A subclass is {@code @ApplicationScoped} in its context's
 * {@code .internal} package, with a public no-arg constructor that names its entity, and writes its own queries with
 * {@link #em}.
 */
public abstract class EntityRepository<E> {

    private final Class<E> type;

    @PersistenceContext(unitName = "ziyuanku")
    protected EntityManager em;

    protected EntityRepository(Class<E> type) {
        this.type = type;
    }

    public Optional<E> find(long id) {
        return Optional.ofNullable(em.find(type, id));
    }

    /** Makes the new entity managed (it is written at the next flush) and returns it. */
    public E add(E entity) {
        em.persist(entity);
        return entity;
    }

    public void remove(E entity) {
        em.remove(entity);
    }

    /** Writes pending changes now, so a broken constraint or a concurrent change surfaces inside the service. */
    public void flush() {
        em.flush();
    }
}
