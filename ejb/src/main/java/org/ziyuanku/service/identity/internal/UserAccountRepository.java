package org.ziyuanku.service.identity.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.ziyuanku.domain.identity.UserAccount;

/**
 * Platform accounts by user name and organisation; the one place an account is created, for the caller
 * ({@code CallerAccounts}) and for the people an administrator names.
 */
@ApplicationScoped
public class UserAccountRepository {

    @PersistenceContext(unitName = "ziyuanku")
    private EntityManager em;

    public Optional<UserAccount> find(String username) {
        return em.createNamedQuery("UserAccount.findByUsername", UserAccount.class).setParameter("username", username)
                .getResultList().stream().findFirst();
    }

    /** Those of the user names that have an account, in one query. */
    public Set<String> existing(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select u.username from UserAccount u where u.username in :names",
                String.class).setParameter("names", usernames).getResultList());
    }

    /** The account with that id (the caller's: {@code Caller.accountId()}); null when there is none. */
    public UserAccount withId(long id) {
        return em.find(UserAccount.class, id);
    }

    /** The account, created (in no organisation yet) with the supplied display name when there is none. */
    public UserAccount findOrCreate(String username, Supplier<String> displayName) {
        return find(username).orElseGet(() -> {
            UserAccount created = new UserAccount(username, displayName.get(), null);
            em.persist(created);
            return created;
        });
    }

    /** Writes what this transaction changed now, so that a unique name already taken fails here. */
    public void flush() {
        em.flush();
    }

    public void add(UserAccount account) {
        em.persist(account);
    }

    /** Removes an account nothing refers to yet (one just created for an invitation Keycloak refused). */
    public void remove(UserAccount account) {
        em.remove(account);
    }

    /** The accounts with these ids, by id; ids without an account are left out. */
    public List<UserAccount> withIds(Collection<Long> ids) {
        return em.createQuery("select u from UserAccount u where u.id in :ids order by u.id", UserAccount.class)
                .setParameter("ids", ids).getResultList();
    }

    public List<UserAccount> membersOf(long organisationId) {
        return em.createQuery("select u from UserAccount u where u.organisation.id = :org order by u.username",
                UserAccount.class).setParameter("org", organisationId).getResultList();
    }
}
