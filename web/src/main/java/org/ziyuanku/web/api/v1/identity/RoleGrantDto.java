package org.ziyuanku.web.api.v1.identity;

import org.ziyuanku.service.identity.RoleGrantView;

/** A role held in a scope; {@code grantedAt} in ISO-8601 local time. */
public record RoleGrantDto(long id, String username, String displayName, String role, String scopeType, long scopeId,
        String scopeName, String grantedBy, String grantedAt) {

    static RoleGrantDto of(RoleGrantView view) {
        return new RoleGrantDto(view.id(), view.username(), view.displayName(), view.role(), view.scopeType().name(),
                view.scopeId(), view.scopeName(), view.grantedBy(), view.grantedAt().toString());
    }
}
