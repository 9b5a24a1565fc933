package org.ziyuanku.service.identity;

/**
 * CDI event fired by {@link RealNameService} when a person's real name was bound to a roster entry, inside the
 * binding's transaction: the user name and the realm role the roster gives them ({@code learner} or {@code teacher}).
 * {@code internal.RealNameRoleSync} observes it and adds that realm role to the user in Keycloak, so a teacher's role
 * grant counts (see {@code ScopeGuard}).
 */
public record RealNameBound(String username, String realmRole) {
}
