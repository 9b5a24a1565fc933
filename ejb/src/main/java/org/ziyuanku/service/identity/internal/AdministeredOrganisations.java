package org.ziyuanku.service.identity.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.ziyuanku.domain.identity.Organisation;
import org.ziyuanku.service.identity.Caller;

/**
 * The organisations the request's {@link Caller} administers (see {@link Caller#administers}): the look-up and the
 * check that every organisation administration page and service starts with.
 */
@ApplicationScoped
public class AdministeredOrganisations {

    @Inject
    private Caller caller;

    @Inject
    private OrganisationRepository organisations;

    /**
     * The organisation, when the caller administers it.
     *
     * @throws org.ziyuanku.service.identity.UnknownOrganisationException when there is no such organisation
     * @throws org.ziyuanku.service.system.AccessDeniedException when the caller does not administer it
     */
    public Organisation require(long organisationId) {
        Organisation org = organisations.require(organisationId);
        caller.requireAdministrator(org);
        return org;
    }

    /**
     * The organisation when the caller administers it, empty when there is no such organisation.
     *
     * @throws org.ziyuanku.service.system.AccessDeniedException when the caller does not administer it
     */
    public Optional<Organisation> find(long organisationId) {
        Optional<Organisation> org = organisations.find(organisationId);
        org.ifPresent(caller::requireAdministrator);
        return org;
    }
}
