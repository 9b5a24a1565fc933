package org.ziyuanku.service.identity.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ziyuanku.domain.identity.RosterEntry;
import org.ziyuanku.service.identity.RosterEntryView;
import org.ziyuanku.service.identity.SchoolView;

/** Roster entries of schools, by number, for display, and for binding (locked). */
@ApplicationScoped
public class RosterEntryRepository {

    @PersistenceContext(unitName = "ziyuanku")
    private EntityManager em;

    /** The school's whole roster by number, for an import to compare against. */
    public Map<String, RosterEntry> byNumber(long organisationId) {
        return em.createNamedQuery("RosterEntry.findByOrganisation", RosterEntry.class)
                .setParameter("org", organisationId).getResultStream()
                .collect(Collectors.toMap(RosterEntry::getMemberNumber, Function.identity()));
    }

    public void add(RosterEntry entry) {
        em.persist(entry);
    }

    /** The entry with that number, locked until the transaction ends, so two people cannot bind it at once. */
    public Optional<RosterEntry> lockByNumber(long organisationId, String number) {
        return em.createNamedQuery("RosterEntry.findByNumber", RosterEntry.class)
                .setParameter("org", organisationId).setParameter("number", number)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList().stream().findFirst();
    }

    /** The entry with that number, if any (not locked). */
    public Optional<RosterEntry> byNumber(long organisationId, String number) {
        return em.createNamedQuery("RosterEntry.findByNumber", RosterEntry.class)
                .setParameter("org", organisationId).setParameter("number", number).getResultStream().findFirst();
    }

    /** The entry an account is bound to, if any. */
    public Optional<RosterEntry> boundTo(long accountId) {
        return em.createQuery("select e from RosterEntry e join fetch e.organisation where e.boundUser.id = :user",
                RosterEntry.class).setParameter("user", accountId).getResultStream().findFirst();
    }

    /** A slice of the roster in number order. */
    public List<RosterEntryView> views(long organisationId, int first, int max) {
        return em.createQuery("select new org.ziyuanku.service.identity.RosterEntryView(e.personName, e.memberNumber,"
                + " e.memberRole, u.username) from RosterEntry e left join e.boundUser u"
                + " where e.organisation.id = :org order by e.memberNumber", RosterEntryView.class)
                .setParameter("org", organisationId).setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(long organisationId) {
        return em.createQuery("select count(e) from RosterEntry e where e.organisation.id = :org", Long.class)
                .setParameter("org", organisationId).getSingleResult();
    }

    /** The schools that have a roster, by name. */
    public List<SchoolView> schoolsWithRoster() {
        return em.createQuery("select new org.ziyuanku.service.identity.SchoolView(o.id, o.name) from Organisation o"
                + " where exists (select 1 from RosterEntry e where e.organisation = o) order by o.name",
                SchoolView.class).getResultList();
    }
}
