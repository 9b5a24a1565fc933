package org.ziyuanku.service.identity.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.ziyuanku.infrastructure.identity.IdentityDirectory;
import org.ziyuanku.service.identity.RealNameBound;

/**
 * Gives a person bound to a roster entry the realm role the roster names (a teacher becomes {@code teacher} in
 * Keycloak), inside the binding's transaction: if Keycloak refuses, the binding rolls back.
 */
@ApplicationScoped
public class RealNameRoleSync {

    @Inject
    private IdentityDirectory directory;

    void onBound(@Observes RealNameBound bound) {
        directory.addRealmRole(bound.username(), bound.realmRole());
    }
}
