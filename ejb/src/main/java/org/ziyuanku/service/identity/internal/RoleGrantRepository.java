package org.ziyuanku.service.identity.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.ziyuanku.domain.identity.RoleGrant;
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
}
