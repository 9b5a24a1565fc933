package org.ziyuanku.service.identity.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Predicate;
import org.ziyuanku.domain.identity.Organisation;
import org.ziyuanku.domain.identity.RoleGrant;
import org.ziyuanku.service.identity.AccessDeniedException;

/**
 * Decides whether a caller administers an organisation: a school administrator of that organisation, a provincial
 * administrator of its province, or a national or security administrator of the platform. A grant counts only while
 * the caller also holds the realm role it names.
 */
@ApplicationScoped
public class ScopeGuard {

    @Inject
    private RoleGrantRepository grants;

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
