package org.ziyuanku.service.identity.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.ziyuanku.domain.identity.Organisation;
import org.ziyuanku.domain.identity.Province;
import org.ziyuanku.service.identity.UnknownOrganisationException;
import org.ziyuanku.service.system.EntityRepository;

/**
 * Organisations (schools, companies) and provinces as identity's services reach them, also for the services that
 * check the caller's scope over one.
 */
@ApplicationScoped
public class OrganisationRepository extends EntityRepository<Organisation> {

    public OrganisationRepository() {
        super(Organisation.class);
    }

    /** The organisation. @throws UnknownOrganisationException when there is none */
    public Organisation require(long organisationId) {
        return find(organisationId).orElseThrow(() -> new UnknownOrganisationException(organisationId));
    }

    /** The organisation by its exact name. @throws jakarta.persistence.NoResultException when there is none */
    public Organisation byName(String name) {
        return em.createNamedQuery("Organisation.findByName", Organisation.class).setParameter("name", name)
                .getSingleResult();
    }

    /** The province by its code. @throws jakarta.persistence.NoResultException when there is none */
    public Province provinceByCode(String code) {
        return em.createQuery("select p from Province p where p.code = :code", Province.class)
                .setParameter("code", code).getSingleResult();
    }

    /** Locks the organisation's row until the transaction ends, so its members change one import at a time. */
    public void lock(Organisation organisation) {
        em.lock(organisation, LockModeType.PESSIMISTIC_WRITE);
    }
}
