package org.ziyuanku.service.identity.internal;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import org.ziyuanku.domain.identity.RoleGrant;
import org.ziyuanku.domain.identity.ScopeType;
import org.ziyuanku.domain.identity.UserAccount;
import org.ziyuanku.service.system.FlushingEntityRepository;

/** Role grants, looked up by user, role and scope. */
@ApplicationScoped
public class RoleGrantRepository extends FlushingEntityRepository<RoleGrant> {

    public RoleGrantRepository() {
        super(RoleGrant.class);
    }

    /** Whether the account holds the role in that scope. */
    public boolean holds(UserAccount account, String role, ScopeType scopeType, long scopeId) {
        return em.createQuery("select count(g) from RoleGrant g where g.user = :user and g.role = :role"
                + " and g.scopeType = :type and g.scopeId = :id", Long.class).setParameter("user", account)
                .setParameter("role", role).setParameter("type", scopeType).setParameter("id", scopeId)
                .getSingleResult() > 0;
    }

    /** The realm roles the user holds a grant of, in any scope. */
    public List<String> rolesOf(long userId) {
        return em.createQuery("select distinct g.role from RoleGrant g where g.user.id = :user", String.class)
                .setParameter("user", userId).getResultList();
    }

    /** The user names of everybody holding an administrator role ({@code *-admin}) in any scope. */
    public List<String> administratorUsernames() {
        return em.createQuery("select distinct u.username from RoleGrant g join g.user u where g.role like '%-admin'"
                + " order by u.username", String.class).getResultList();
    }

    /** The user's grants of one role, in any scope. */
    public List<RoleGrant> grantsOf(long userId, String role) {
        return em.createQuery("select g from RoleGrant g where g.user.id = :user and g.role = :role", RoleGrant.class)
                .setParameter("user", userId).setParameter("role", role).getResultList();
    }

    /** The ids of the accounts holding the role in exactly that scope. */
    public List<Long> holderIds(String role, ScopeType scopeType, long scopeId) {
        return em.createQuery("select distinct g.user.id from RoleGrant g where g.role = :role and g.scopeType = :type"
                + " and g.scopeId = :id", Long.class).setParameter("role", role).setParameter("type", scopeType)
                .setParameter("id", scopeId).getResultList();
    }

    /** The newest grants of the whole platform. */
    public List<RoleGrant> newest(int max) {
        return em.createQuery("select g from RoleGrant g join fetch g.user order by g.grantedAt desc, g.id desc",
                RoleGrant.class).setMaxResults(max).getResultList();
    }

    /** The newest grants in these organisations, the organisations of these provinces and these provinces. */
    public List<RoleGrant> newestWithin(Collection<Long> organisations, Collection<Long> provinces, int max) {
        List<Long> orgs = organisations.isEmpty() ? List.of(-1L) : List.copyOf(organisations);
        List<Long> provs = provinces.isEmpty() ? List.of(-1L) : List.copyOf(provinces);
        return em.createQuery("select g from RoleGrant g join fetch g.user where (g.scopeType = :org and (g.scopeId in"
                + " :orgs or g.scopeId in (select o.id from Organisation o where o.province.id in :provs)))"
                + " or (g.scopeType = :prov and g.scopeId in :provs) order by g.grantedAt desc, g.id desc",
                RoleGrant.class).setParameter("org", ScopeType.ORGANISATION).setParameter("prov", ScopeType.PROVINCE)
                .setParameter("orgs", orgs).setParameter("provs", provs).setMaxResults(max).getResultList();
    }
}
