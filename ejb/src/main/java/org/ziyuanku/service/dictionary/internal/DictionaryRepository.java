package org.ziyuanku.service.dictionary.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.ziyuanku.domain.dictionary.DictionaryChange;
import org.ziyuanku.domain.dictionary.DictionaryEntry;
import org.ziyuanku.domain.dictionary.DictionaryList;

/** The code lists, their entries and changes. A list is read for update before a change, so versions never repeat. */
@ApplicationScoped
public class DictionaryRepository {

    @PersistenceContext(unitName = "ziyuanku")
    private EntityManager em;

    public List<DictionaryList> lists() {
        return em.createQuery("select l from DictionaryList l order by l.code", DictionaryList.class).getResultList();
    }

    public Optional<DictionaryList> list(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(DictionaryList.class, code));
    }

    /** The list, locked for the rest of the transaction: it is about to change. */
    public Optional<DictionaryList> listForUpdate(String code) {
        return code == null ? Optional.empty()
                : Optional.ofNullable(em.find(DictionaryList.class, code, LockModeType.PESSIMISTIC_WRITE));
    }

    public int activeCount(String listCode) {
        return em.createQuery("select count(e) from DictionaryEntry e where e.listCode = :list and e.active",
                Long.class).setParameter("list", listCode).getSingleResult().intValue();
    }

    public List<DictionaryEntry> entries(String listCode) {
        return em.createQuery("select e from DictionaryEntry e where e.listCode = :list order by e.sortOrder, e.code",
                DictionaryEntry.class).setParameter("list", listCode).getResultList();
    }

    public Optional<DictionaryEntry> entry(String listCode, String code) {
        return em.createQuery("select e from DictionaryEntry e where e.listCode = :list and e.code = :code",
                DictionaryEntry.class).setParameter("list", listCode).setParameter("code", code).getResultStream()
                .findFirst();
    }

    public int nextSortOrder(String listCode) {
        return em.createQuery("select coalesce(max(e.sortOrder), 0) + 1 from DictionaryEntry e where e.listCode = :list",
                Integer.class).setParameter("list", listCode).getSingleResult();
    }

    public DictionaryEntry add(DictionaryEntry entry) {
        em.persist(entry);
        return entry;
    }

    public void add(DictionaryChange change) {
        em.persist(change);
    }

    public List<DictionaryChange> history(String listCode, int max) {
        return em.createQuery("select c from DictionaryChange c where c.listCode = :list"
                + " order by c.changedAt desc, c.id desc", DictionaryChange.class).setParameter("list", listCode)
                .setMaxResults(max).getResultList();
    }
}
