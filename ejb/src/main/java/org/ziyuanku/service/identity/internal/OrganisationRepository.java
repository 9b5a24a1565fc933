package org.ziyuanku.service.identity.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.ziyuanku.domain.identity.Organisation;
import org.ziyuanku.service.identity.UnknownOrganisationException;

/** Organisations by id, for the services that check the caller's scope over one. */
@ApplicationScoped
public class OrganisationRepository {

    @PersistenceContext(unitName = "ziyuanku")
    private EntityManager em;

    public Optional<Organisation> find(long organisationId) {
        return Optional.ofNullable(em.find(Organisation.class, organisationId));
    }

    /** The organisation. @throws UnknownOrganisationException when there is none */
    public Organisation require(long organisationId) {
        return find(organisationId).orElseThrow(() -> new UnknownOrganisationException(organisationId));
    }
}
