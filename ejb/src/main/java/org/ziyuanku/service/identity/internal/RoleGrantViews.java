package org.ziyuanku.service.identity.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ziyuanku.domain.identity.RoleGrant;
import org.ziyuanku.domain.identity.ScopeType;
import org.ziyuanku.service.identity.GrantScopeView;
import org.ziyuanku.service.identity.RoleGrantView;
import org.ziyuanku.service.identity.internal.GrantPolicy.Held;

/** Projections of grants and of grantable scopes for the grants console and API. */
@ApplicationScoped
public class RoleGrantViews {

    @PersistenceContext(unitName = "ziyuanku")
    private EntityManager em;

    @Inject
    private GrantScopes scopes;

    public RoleGrantView of(RoleGrant grant) {
        return of(grant, scopes.nameOf(grant.getScopeType(), grant.getScopeId()));
    }

    /** Views of many grants, naming each scope once. */
    public List<RoleGrantView> of(List<RoleGrant> grants) {
        Map<String, String> names = new HashMap<>();
        return grants.stream().map(g -> of(g, names.computeIfAbsent(g.getScopeType() + ":" + g.getScopeId(),
                k -> scopes.nameOf(g.getScopeType(), g.getScopeId())))).toList();
    }

    private static RoleGrantView of(RoleGrant grant, String scopeName) {
        return new RoleGrantView(grant.getId(), grant.getUser().getUsername(), grant.getUser().getDisplayName(),
                grant.getRole(), grant.getScopeType(), grant.getScopeId(), scopeName, grant.getGrantedBy(),
                grant.getGrantedAt());
    }

    /** The scopes those grants reach: everything for a platform granter, else their provinces and organisations. */
    public List<GrantScopeView> scopesFor(List<Held> held) {
        boolean platform = held.stream().anyMatch(h -> h.scopeType() == ScopeType.PLATFORM);
        List<GrantScopeView> result = new ArrayList<>();
        if (platform) {
            result.add(new GrantScopeView(ScopeType.PLATFORM, 0, "-"));
        }
        List<Long> provinces = held.stream().filter(h -> h.scopeType() == ScopeType.PROVINCE).map(Held::scopeId)
                .toList();
        List<Long> organisations = held.stream().filter(h -> h.scopeType() == ScopeType.ORGANISATION)
                .map(Held::scopeId).toList();
        em.createQuery("select p.id as scope_id, p.name as name from Province p where :all = true or p.id in :provinces"
                + " order by p.code", Tuple.class).setParameter("all", platform)
                .setParameter("provinces", orNone(provinces)).getResultStream()
                .forEach(t -> result.add(scope(ScopeType.PROVINCE, t)));
        em.createQuery("select o.id as scope_id, o.name as name from Organisation o where :all = true or o.id in :orgs"
                + " or o.province.id in :provinces order by o.name", Tuple.class).setParameter("all", platform)
                .setParameter("orgs", orNone(organisations)).setParameter("provinces", orNone(provinces))
                .getResultStream().forEach(t -> result.add(scope(ScopeType.ORGANISATION, t)));
        return result;
    }

    private static GrantScopeView scope(ScopeType type, Tuple idAndName) {
        return new GrantScopeView(type, idAndName.get("scope_id", Long.class), idAndName.get("name", String.class));
    }

    private static List<Long> orNone(List<Long> ids) {
        return ids.isEmpty() ? List.of(-1L) : ids;
    }
}
