package org.ziyuanku.service.resource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Predicate;
import org.ziyuanku.domain.identity.RoleGrant;
import org.ziyuanku.domain.identity.UserAccount;
import org.ziyuanku.service.identity.Accounts;

/**
 * Who may do what with a library's resources, for one caller: {@link #of} reads the caller's grants once, and the
 * {@link CallerAccess} it returns answers every question of that call (a grant counts only while the caller holds its
 * realm role).
 */
@ApplicationScoped
public class ResourceAccess {

    @Inject
    private Accounts grants;

    /** The caller's powers over resources, for the length of one service call. */
    public CallerAccess of(UserAccount account, Predicate<String> holdsRole) {
        List<RoleGrant> held = grants.grantsOf(account.getUsername()).stream().filter(g -> holdsRole.test(g.getRole()))
                .toList();
        return new CallerAccess(account, holdsRole, held);
    }
}
