package org.ziyuanku.service.identity.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.ziyuanku.domain.identity.RoleGrant;
import org.ziyuanku.domain.identity.ScopeType;
import org.ziyuanku.domain.identity.UserAccount;

/** Role grants and accounts, looked up by user name and organisation. */
@ApplicationScoped
public class RoleGrantRepository {

    @PersistenceContext(unitName = "ziyuanku")
    private EntityManager em;

    public List<RoleGrant> grantsOf(String username) {
        return em.createQuery("select g from RoleGrant g join g.user u where u.username = :username", RoleGrant.class)
                .setParameter("username", username).getResultList();
    }

    public List<UserAccount> membersOf(long organisationId) {
        return em.createQuery("select u from UserAccount u where u.organisation.id = :org order by u.username",
                UserAccount.class).setParameter("org", organisationId).getResultList();
    }

    public Optional<UserAccount> accountOf(String username) {
        return em.createNamedQuery("UserAccount.findByUsername", UserAccount.class)
                .setParameter("username", username).getResultStream().findFirst();
    }

    /** Whether the account holds the role in that scope. */
    public boolean holds(UserAccount account, String role, ScopeType scopeType, long scopeId) {
        return em.createQuery("select count(g) from RoleGrant g where g.user = :user and g.role = :role"
                + " and g.scopeType = :type and g.scopeId = :id", Long.class).setParameter("user", account)
                .setParameter("role", role).setParameter("type", scopeType).setParameter("id", scopeId)
                .getSingleResult() > 0;
    }

    public void add(UserAccount account) {
        em.persist(account);
    }

    public void add(RoleGrant grant) {
        em.persist(grant);
    }
}
