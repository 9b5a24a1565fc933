package org.ziyuanku.service.identity.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import java.util.List;
import java.util.Set;
import org.ziyuanku.domain.identity.ScopeType;
import org.ziyuanku.domain.system.PlatformRole;
import org.ziyuanku.service.identity.Caller;

/**
 * The caller's account, organisation and role grants in one query (one row per grant, one row without a grant when
 * there is none), read on every request by {@link CallerLookup}; and the {@link Caller} made of those rows.
 */
@ApplicationScoped
public class CallerRows {

    private static final String READ = "select u.id as account_id, u.displayName as display_name,"
            + " o.id as organisation_id, o.name as organisation_name, g.role as grant_role, g.scopeType as scope_type,"
            + " g.scopeId as scope_id from UserAccount u left join u.organisation o"
            + " left join RoleGrant g on g.user.id = u.id where u.username = :username order by g.id";

    @PersistenceContext(unitName = "ziyuanku")
    private EntityManager em;

    /**
     * One row of the read: the account and its organisation (null when it belongs to none), and one grant (role,
     * scope type and id all null on the one row of an account without grants).
     */
    public record Row(long accountId, String displayName, Long organisationId, String organisationName,
            String role, ScopeType scopeType, Long scopeId) {
    }

    /** The rows of the account with that user name; empty when there is no such account. */
    public List<Row> of(String username) {
        return em.createQuery(READ, Tuple.class).setParameter("username", username).getResultList().stream()
                .map(t -> new Row(t.get("account_id", Long.class), t.get("display_name", String.class),
                        t.get("organisation_id", Long.class), t.get("organisation_name", String.class),
                        t.get("grant_role", String.class), t.get("scope_type", ScopeType.class),
                        t.get("scope_id", Long.class)))
                .toList();
    }

    /**
     * The caller the rows describe, holding the realm roles {@code roles}; a grant of a role name the platform does
     * not know is left out, as is (by {@link Caller}) a grant whose realm role is not held.
     *
     * @param rows the non-empty rows {@link #of} read for {@code username}
     */
    public static Caller caller(String username, Set<PlatformRole> roles, List<Row> rows) {
        Row account = rows.get(0);
        List<Caller.Grant> grants = rows.stream().filter(r -> r.role() != null)
                .flatMap(r -> PlatformRole.ofRoleName(r.role()).stream()
                        .map(role -> new Caller.Grant(role, r.scopeType(), r.scopeId())))
                .toList();
        return new Caller(account.accountId(), username, account.displayName(), account.organisationId(),
                account.organisationName(), roles, grants);
    }
}
