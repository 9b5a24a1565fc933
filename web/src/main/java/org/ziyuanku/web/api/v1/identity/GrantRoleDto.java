package org.ziyuanku.web.api.v1.identity;

/** The body of {@code POST /api/v1/role-grants}: who gets which realm role in which scope (id 0 for PLATFORM). */
public record GrantRoleDto(String username, String role, String scopeType, Long scopeId) {
}
