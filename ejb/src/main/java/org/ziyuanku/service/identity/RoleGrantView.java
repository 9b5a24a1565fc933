package org.ziyuanku.service.identity;

import java.io.Serializable;
import java.time.LocalDateTime;
import org.ziyuanku.domain.identity.ScopeType;

/** A role held in a scope, as the grants console and API show it. */
public record RoleGrantView(long id, String username, String displayName, String role, ScopeType scopeType,
        long scopeId, String scopeName, String grantedBy, LocalDateTime grantedAt) implements Serializable {
}
