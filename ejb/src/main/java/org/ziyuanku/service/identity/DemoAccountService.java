package org.ziyuanku.service.identity;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.ziyuanku.domain.identity.Organisation;
import org.ziyuanku.domain.identity.RoleGrant;
import org.ziyuanku.domain.identity.ScopeType;
import org.ziyuanku.domain.identity.UserAccount;
import org.ziyuanku.domain.identity.Province;
import org.ziyuanku.service.system.ClusterLockRepository;
import org.ziyuanku.service.identity.internal.RoleGrantRepository;
import org.ziyuanku.service.identity.internal.UserAccountRepository;
import org.ziyuanku.service.identity.internal.OrganisationRepository;

/**
 * Demo data for evaluation (only when ZYK_DEMO_DATA=true, which ./zyk start sets): the realm's demo users as
 * platform accounts of 深圳信息职业技术学院, with their roles granted in a scope, so a demo administrator sees
 * what their scope allows. Idempotent.
 */
@Stateless
public class DemoAccountService {

    public static final String DEMO_SCHOOL = "深圳信息职业技术学院";
    static final String DEMO_PROVINCE = "44";

    /** One demo user: user name, realm role, scope. */
    private record DemoUser(String username, String role, ScopeType scope) {
    }

    private static final List<DemoUser> USERS = List.of(
            new DemoUser("student", "learner", ScopeType.ORGANISATION),
            new DemoUser("student2", "learner", ScopeType.ORGANISATION),
            new DemoUser("student3", "learner", ScopeType.ORGANISATION),
            new DemoUser("teacher", "teacher", ScopeType.ORGANISATION),
            new DemoUser("courselead", "course-team-lead", ScopeType.ORGANISATION),
            new DemoUser("courselead2", "course-team-lead", ScopeType.ORGANISATION),
            new DemoUser("reviewer", "reviewer", ScopeType.ORGANISATION),
            new DemoUser("libadmin", "library-admin", ScopeType.ORGANISATION),
            new DemoUser("schooladmin", "school-admin", ScopeType.ORGANISATION),
            new DemoUser("provadmin", "provincial-admin", ScopeType.PROVINCE),
            new DemoUser("natadmin", "national-admin", ScopeType.PLATFORM),
            new DemoUser("sysadmin", "system-admin", ScopeType.PLATFORM),
            new DemoUser("secadmin", "security-admin", ScopeType.PLATFORM),
            new DemoUser("auditadmin", "audit-admin", ScopeType.PLATFORM));

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private RoleGrantRepository grants;

    @Inject
    private ClusterLockRepository locks;

    /** Creates the demo accounts and grants that are missing; returns how many accounts were created. */
    public int ensureDemoAccounts() {
        locks.lock("demo-data");
        Organisation school = organisations.byName(DEMO_SCHOOL);
        Province province = organisations.provinceByCode(DEMO_PROVINCE);
        int created = 0;
        for (DemoUser demo : USERS) {
            if (accounts.find(demo.username()).isEmpty()) {
                UserAccount account = new UserAccount(demo.username(), demo.username(), school);
                accounts.add(account);
                long scopeId = switch (demo.scope()) {
                    case PROVINCE -> province.getId();
                    case ORGANISATION -> school.getId();
                    default -> 0;
                };
                grants.add(new RoleGrant(account, demo.role(), demo.scope(), scopeId, "demo-data"));
                created++;
            }
        }
        return created;
    }
}
