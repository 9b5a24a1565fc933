package org.ziyuanku.service.identity;

/**
 * CDI event fired by {@link RealNameService} when a person's real name was bound to a roster entry, inside the
 * binding's transaction: the user name and the realm role the roster gives them ({@code learner} or {@code teacher}).
 * The identity bridge to Keycloak is to observe it ({@code during = TransactionPhase.AFTER_SUCCESS}) and add that
 * realm role to the user, so a teacher's role grant counts (see {@code ScopeGuard}); until then nothing observes it.
 */
public record RealNameBound(String username, String realmRole) {
}
