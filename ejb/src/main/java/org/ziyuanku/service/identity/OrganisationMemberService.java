package org.ziyuanku.service.identity;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.ziyuanku.domain.identity.Organisation;
import org.ziyuanku.service.identity.internal.UserAccountRepository;
import org.ziyuanku.service.identity.internal.ScopeGuard;
import org.ziyuanku.service.system.AccessDeniedException;
import org.ziyuanku.service.identity.internal.OrganisationRepository;

/**
 * The people of an organisation, for those who administer it. Rule: the caller must administer the organisation
 * within their scope (see {@link ScopeGuard}); otherwise {@link AccessDeniedException}. Runs in the OIDC virtual
 * security domain, so the caller is the signed-in user.
 */
@Stateless
@PermitAll
public class OrganisationMemberService {

    @Resource
    private SessionContext context;

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private ScopeGuard scopeGuard;

    @Inject
    private UserAccountRepository accounts;

    /** The organisation's members, or empty when there is no such organisation. */
    public Optional<List<MemberView>> listMembers(long organisationId) {
        Organisation org = organisations.find(organisationId).orElse(null);
        if (org == null) {
            return Optional.empty();
        }
        scopeGuard.requireOrganisationAdministrator(context.getCallerPrincipal().getName(), context::isCallerInRole, org);
        return Optional.of(accounts.membersOf(organisationId).stream()
                .map(u -> new MemberView(u.getId(), u.getUsername(), u.getDisplayName(), u.getStatus().name()))
                .toList());
    }
}
