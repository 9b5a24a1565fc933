package org.ziyuanku.service.identity.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.function.Predicate;
import org.ziyuanku.domain.identity.Organisation;
import org.ziyuanku.domain.identity.RoleGrant;
import org.ziyuanku.service.system.AccessDeniedException;
import org.ziyuanku.service.identity.UnknownOrganisationException;

/**
 * Decides whether a caller administers an organisation: a school administrator of that organisation, a provincial
 * administrator of its province, or a national or security administrator of the platform. A grant counts only while
 * the caller also holds the realm role it names.
 */
@ApplicationScoped
public class ScopeGuard {

    @PersistenceContext(unitName = "ziyuanku")
    private EntityManager em;

    @Inject
    private RoleGrantRepository grants;

    /**
     * The organisation, when the caller administers it; {@code onDenied} runs (to audit the refusal) before
     * {@link AccessDeniedException} is thrown.
     *
     * @throws UnknownOrganisationException when there is no such organisation
     * @throws AccessDeniedException when the caller does not administer it
     */
    public Organisation administered(long organisationId, String caller, Predicate<String> holdsRealmRole,
            Runnable onDenied) {
        Organisation org = em.find(Organisation.class, organisationId);
        if (org == null) {
            throw new UnknownOrganisationException(organisationId);
        }
        try {
            requireOrganisationAdministrator(caller, holdsRealmRole, org);
        } catch (AccessDeniedException e) {
            onDenied.run();
            throw e;
        }
        return org;
    }

    /** Throws {@link AccessDeniedException} unless the caller administers the organisation. */
    public void requireOrganisationAdministrator(String caller, Predicate<String> holdsRealmRole, Organisation org) {
        boolean allowed = grants.grantsOf(caller).stream()
                .filter(g -> holdsRealmRole.test(g.getRole()))
                .anyMatch(g -> covers(g, org));
        if (!allowed) {
            throw new AccessDeniedException(caller + " does not administer organisation " + org.getId());
        }
    }

    private static boolean covers(RoleGrant grant, Organisation org) {
        return switch (grant.getScopeType()) {
            case ORGANISATION -> "school-admin".equals(grant.getRole()) && grant.getScopeId() == org.getId();
            case PROVINCE -> "provincial-admin".equals(grant.getRole()) && org.getProvince() != null
                    && grant.getScopeId() == org.getProvince().getId();
            case PLATFORM -> "national-admin".equals(grant.getRole()) || "security-admin".equals(grant.getRole());
            default -> false;
        };
    }
}
