package org.ziyuanku.service.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ziyuanku.domain.identity.Organisation;
import org.ziyuanku.domain.identity.RoleGrant;
import org.ziyuanku.domain.identity.ScopeType;
import org.ziyuanku.domain.identity.UserAccount;
import org.ziyuanku.service.identity.internal.OrganisationRepository;
import org.ziyuanku.service.identity.internal.RoleGrantRepository;
import org.ziyuanku.service.identity.internal.UserAccountRepository;

/**
 * Identity's published look-up for the other contexts: accounts and the role grants they hold. Other contexts ask
 * this, never identity's repositories.
 */
@ApplicationScoped
public class Accounts {

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private RoleGrantRepository grants;

    @Inject
    private OrganisationRepository organisations;

    /** The account with that user name, if there is one. */
    public Optional<UserAccount> find(String username) {
        return accounts.find(username);
    }

    /**
     * The caller's account (created with the {@link Caller}), in the current persistence context, for what they
     * create or change.
     *
     * @throws IllegalStateException for the anonymous caller, who has none
     */
    public UserAccount of(Caller caller) {
        if (caller.isAnonymous()) {
            throw new IllegalStateException("the anonymous caller has no account");
        }
        return accounts.withId(caller.accountId());
    }

    /** The accounts with these ids, by id; ids without an account are left out. */
    public List<UserAccount> withIds(Collection<Long> ids) {
        return accounts.withIds(ids);
    }

    /** The accounts with these ids, as a map by id; ids without an account are left out. */
    public Map<Long, UserAccount> byId(Collection<Long> ids) {
        return accounts.withIds(ids).stream()
                .collect(Collectors.toMap(UserAccount::getId, Function.identity(), (a, b) -> a));
    }

    /** The names to show for these account ids: the display name, or the user name when there is none. */
    public Map<Long, String> shownNames(Collection<Long> ids) {
        return accounts.withIds(ids).stream().collect(Collectors.toMap(UserAccount::getId,
                a -> Objects.requireNonNullElse(a.getDisplayName(), a.getUsername()), (a, b) -> a));
    }

    /** The realm roles the user holds a grant of, in any scope. */
    public List<String> rolesOf(long userId) {
        return grants.rolesOf(userId);
    }

    /** The ids of the accounts holding the role in exactly that scope. */
    public List<Long> holderIds(String role, ScopeType scopeType, long scopeId) {
        return grants.holderIds(role, scopeType, scopeId);
    }

    /** The organisation with exactly that name. @throws jakarta.persistence.NoResultException when there is none */
    public Organisation organisationNamed(String name) {
        return organisations.byName(name);
    }

    /** Grants the role in the scope, recorded as granted by {@code grantedBy} (the demo data; no policy check). */
    public void grant(UserAccount account, String role, ScopeType scopeType, long scopeId, String grantedBy) {
        grants.add(new RoleGrant(account, role, scopeType, scopeId, grantedBy));
    }

    /**
     * Removes the account's grants of the role in exactly that scope (the demo data and the contexts that manage
     * scoped teams; no policy check, the caller's context checks); the realm role stays, other grants may need it.
     */
    public void revokeScoped(long accountId, String role, ScopeType scopeType, long scopeId) {
        grants.grantsOf(accountId, role).stream()
                .filter(g -> g.getScopeType() == scopeType && g.getScopeId() == scopeId)
                .forEach(grants::remove);
    }
}
