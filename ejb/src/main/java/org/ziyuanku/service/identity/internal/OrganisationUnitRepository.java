package org.ziyuanku.service.identity.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ziyuanku.domain.identity.OrganisationUnit;

/** The units of organisations and the counts that decide whether one may go. */
@ApplicationScoped
public class OrganisationUnitRepository {

    @PersistenceContext(unitName = "ziyuanku")
    private EntityManager em;

    /** All units of the organisation, by position and name. */
    public List<OrganisationUnit> unitsOf(long organisationId) {
        return em.createNamedQuery("OrganisationUnit.findByOrganisation", OrganisationUnit.class)
                .setParameter("org", organisationId).getResultList();
    }

    /** The unit, when it belongs to the organisation. */
    public Optional<OrganisationUnit> find(long organisationId, long unitId) {
        return Optional.ofNullable(em.find(OrganisationUnit.class, unitId))
                .filter(u -> u.getOrganisation().getId() == organisationId);
    }

    public long childCount(OrganisationUnit unit) {
        return em.createQuery("select count(u) from OrganisationUnit u where u.parent = :unit", Long.class)
                .setParameter("unit", unit).getSingleResult();
    }

    public long memberCount(OrganisationUnit unit) {
        return em.createQuery("select count(a) from UserAccount a where a.unit = :unit", Long.class)
                .setParameter("unit", unit).getSingleResult();
    }

    /** How many people each unit of the organisation has, by unit id (units without people are missing). */
    public Map<Long, Long> memberCounts(long organisationId) {
        return em.createQuery("select a.unit.id as unit, count(a) as members from UserAccount a"
                + " where a.unit.organisation.id = :org group by a.unit.id", Tuple.class).setParameter("org",
                organisationId).getResultStream()
                .collect(Collectors.toMap(t -> t.get("unit", Long.class), t -> t.get("members", Long.class)));
    }

    public void add(OrganisationUnit unit) {
        em.persist(unit);
    }

    public void remove(OrganisationUnit unit) {
        em.remove(unit);
    }

    /** Writes pending changes now, so a broken constraint or a concurrent change surfaces inside the service. */
    public void flush() {
        em.flush();
    }
}
