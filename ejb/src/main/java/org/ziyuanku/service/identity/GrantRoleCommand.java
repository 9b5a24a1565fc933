package org.ziyuanku.service.identity;

import org.ziyuanku.domain.identity.ScopeType;

/** Grant {@code role} (a realm role name) to {@code username} within a scope; {@code scopeId} is 0 for the platform. */
public record GrantRoleCommand(String username, String role, ScopeType scopeType, long scopeId) {
}
