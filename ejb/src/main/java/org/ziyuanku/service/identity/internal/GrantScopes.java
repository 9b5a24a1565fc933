package org.ziyuanku.service.identity.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.ziyuanku.domain.identity.Organisation;
import org.ziyuanku.domain.identity.ScopeType;
import org.ziyuanku.domain.identity.Province;
import org.ziyuanku.service.identity.NamedScopes;

/** Turns a scope (type + id) into what grant decisions need: that it exists, its name and the province it lies in. */
@ApplicationScoped
public class GrantScopes {

    /** A scope that exists; {@code organisation} is set for organisation scopes. */
    public record ResolvedScope(ScopeType type, long id, String name, Long provinceId, Organisation organisation) {
    }

    @PersistenceContext(unitName = "ziyuanku")
    private EntityManager em;

    @Inject
    private Instance<NamedScopes> named;

    /** The scope, or empty when nothing of that kind has that id (courses do not exist yet). */
    public Optional<ResolvedScope> resolve(ScopeType type, long id) {
        return switch (type) {
            case PLATFORM -> Optional.of(new ResolvedScope(type, 0, "-", null, null));
            case PROVINCE -> Optional.ofNullable(em.find(Province.class, id))
                    .map(p -> new ResolvedScope(type, id, p.getName(), p.getId(), null));
            case ORGANISATION -> Optional.ofNullable(em.find(Organisation.class, id))
                    .map(o -> new ResolvedScope(type, id, o.getName(), o.getProvince() == null ? null
                            : o.getProvince().getId(), o));
            case LIBRARY, COURSE -> named.stream().filter(n -> n.type() == type).findFirst()
                    .flatMap(n -> n.nameOf(id)).map(name -> new ResolvedScope(type, id, name, null, null));
        };
    }

    /** The scope's name for lists; "-" for the platform and for scopes that no longer exist. */
    public String nameOf(ScopeType type, long id) {
        return resolve(type, id).map(ResolvedScope::name).orElse("-");
    }
}
