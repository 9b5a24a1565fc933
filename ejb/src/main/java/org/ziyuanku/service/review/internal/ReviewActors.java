package org.ziyuanku.service.review.internal;

import jakarta.ejb.SessionContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.ziyuanku.domain.system.PlatformRole;
import org.ziyuanku.domain.identity.RoleGrant;
import org.ziyuanku.domain.identity.UserAccount;
import org.ziyuanku.domain.review.ReviewActor;
import org.ziyuanku.service.identity.Accounts;

/** The signed-in caller as the review engine needs them: account, reviewer scopes, and as the record names them. */
@ApplicationScoped
public class ReviewActors {

    private static final List<PlatformRole> AUTHOR_ROLES = List.of(PlatformRole.TEACHER, PlatformRole.COURSE_TEAM_LEAD,
            PlatformRole.LIBRARY_ADMIN, PlatformRole.NATIONAL_ADMIN);

    @Inject
    private Accounts grants;

    /** The caller's platform account, created on first use. */
    public UserAccount account(SessionContext context) {
        String name = context.getCallerPrincipal().getName();
        return grants.findOrCreate(name, () -> name);
    }

    /** The levels the caller may decide: their grants whose realm role they hold now. */
    public ReviewerScopes scopes(SessionContext context) {
        List<RoleGrant> held = grants.grantsOf(context.getCallerPrincipal().getName()).stream()
                .filter(g -> context.isCallerInRole(g.getRole())).toList();
        return ReviewerScopes.of(held);
    }

    /** The caller acting in {@code role}, as the record keeps them. */
    public static ReviewActor as(UserAccount account, String role) {
        return new ReviewActor(account.getUsername(), account.getDisplayName(), role,
                account.getOrganisation() == null ? null : account.getOrganisation().getName());
    }

    /** The caller as an author: named by the first contributing role they hold (teacher, course-team lead …). */
    public static ReviewActor author(UserAccount account, SessionContext context) {
        String role = AUTHOR_ROLES.stream().map(PlatformRole::roleName).filter(context::isCallerInRole).findFirst()
                .orElse("author");
        return as(account, role);
    }
}
