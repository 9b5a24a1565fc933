package org.ziyuanku.service.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.ziyuanku.service.identity.internal.AdministeredOrganisations;
import org.ziyuanku.service.identity.internal.UserAccountRepository;
import org.ziyuanku.service.system.AccessDeniedException;

/**
 * The people of an organisation, for those who administer it. Rule: the caller must administer the organisation
 * within their scope (see {@link Caller#administers}); otherwise {@link AccessDeniedException}. Runs in the OIDC virtual
 * security domain, so the caller is the signed-in user.
 */
@Stateless
@PermitAll
public class OrganisationMemberService {

    @Inject
    private AdministeredOrganisations administered;

    @Inject
    private UserAccountRepository accounts;

    /** The organisation's members, or empty when there is no such organisation. */
    public Optional<List<MemberView>> listMembers(long organisationId) {
        return administered.find(organisationId).map(org -> accounts.membersOf(organisationId).stream()
                .map(u -> new MemberView(u.getId(), u.getUsername(), u.getDisplayName(), u.getStatus().name()))
                .toList());
    }
}
