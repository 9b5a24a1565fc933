package org.ziyuanku.web.console;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.ziyuanku.domain.system.PlatformRole;

/**
 * Who is signed in: user name and platform roles, read once from the OIDC identity. Small and Serializable: the
 * session is replicated across the cluster.
 */
@Named
@SessionScoped
public class UserSession implements Serializable {

    private static final long serialVersionUID = 1L;

    private String username;
    private final Set<PlatformRole> roles = EnumSet.noneOf(PlatformRole.class);

    /** Records the signed-in user; {@code hasRole} answers the container's role check for each platform role. */
    public void signIn(String name, Predicate<String> hasRole) {
        this.username = name;
        roles.clear();
        for (PlatformRole role : PlatformRole.values()) {
            if (hasRole.test(role.roleName())) {
                roles.add(role);
            }
        }
    }

    public boolean isSignedIn() {
        return username != null;
    }

    public String getUsername() {
        return username;
    }

    /** Whether the signed-in user holds any of the realm roles, named as in Keycloak ("audit-admin"). */
    public boolean has(String... roleNames) {
        for (String name : roleNames) {
            if (PlatformRole.ofRoleName(name).filter(roles::contains).isPresent()) {
                return true;
            }
        }
        return false;
    }

    public List<PlatformRole> getRoles() {
        return new ArrayList<>(roles);
    }
}
