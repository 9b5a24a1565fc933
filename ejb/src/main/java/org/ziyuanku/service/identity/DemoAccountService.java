package org.ziyuanku.service.identity;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.ziyuanku.domain.identity.Organisation;
import org.ziyuanku.domain.identity.RoleGrant;
import org.ziyuanku.domain.identity.ScopeType;
import org.ziyuanku.domain.identity.UserAccount;
import org.ziyuanku.domain.identity.Province;
import org.ziyuanku.service.system.ClusterLockRepository;

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
            new DemoUser("teacher", "teacher", ScopeType.ORGANISATION),
            new DemoUser("courselead", "course-team-lead", ScopeType.ORGANISATION),
            new DemoUser("reviewer", "reviewer", ScopeType.ORGANISATION),
            new DemoUser("libadmin", "library-admin", ScopeType.ORGANISATION),
            new DemoUser("schooladmin", "school-admin", ScopeType.ORGANISATION),
            new DemoUser("provadmin", "provincial-admin", ScopeType.PROVINCE),
            new DemoUser("natadmin", "national-admin", ScopeType.PLATFORM),
            new DemoUser("sysadmin", "system-admin", ScopeType.PLATFORM),
            new DemoUser("secadmin", "security-admin", ScopeType.PLATFORM),
            new DemoUser("auditadmin", "audit-admin", ScopeType.PLATFORM));

    @PersistenceContext(unitName = "ziyuanku")
    private EntityManager em;

    @Inject
    private ClusterLockRepository locks;

    /** Creates the demo accounts and grants that are missing; returns how many accounts were created. */
    public int ensureDemoAccounts() {
        locks.lock("demo-data");
        Organisation school = em.createNamedQuery("Organisation.findByName", Organisation.class)
                .setParameter("name", DEMO_SCHOOL).getSingleResult();
        Province province = em.createQuery("select p from Province p where p.code = :code", Province.class)
                .setParameter("code", DEMO_PROVINCE).getSingleResult();
        int created = 0;
        for (DemoUser demo : USERS) {
            List<UserAccount> existing = em.createNamedQuery("UserAccount.findByUsername", UserAccount.class)
                    .setParameter("username", demo.username()).getResultList();
            if (existing.isEmpty()) {
                UserAccount account = new UserAccount(demo.username(), demo.username(), school);
                em.persist(account);
                long scopeId = switch (demo.scope()) {
                    case PROVINCE -> province.getId();
                    case ORGANISATION -> school.getId();
                    default -> 0;
                };
                em.persist(new RoleGrant(account, demo.role(), demo.scope(), scopeId, "demo-data"));
                created++;
            }
        }
        return created;
    }
}
