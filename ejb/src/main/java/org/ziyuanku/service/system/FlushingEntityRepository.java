package org.ziyuanku.service.system;

/**
 * An {@link EntityRepository} whose add and remove flush at once, so an added entity has its id and a broken
 * constraint or a concurrent change surfaces at the call, inside the service.
 */
public abstract class FlushingEntityRepository<E> extends EntityRepository<E> {

    protected FlushingEntityRepository(Class<E> type) {
        super(type);
    }

    @Override
    public E add(E entity) {
        super.add(entity);
        flush();
        return entity;
    }

    @Override
    public void remove(E entity) {
        super.remove(entity);
        flush();
    }
}
