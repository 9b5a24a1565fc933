package org.ziyuanku.it.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ejb.EJB;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ziyuanku.it.support.ServerDatabase;
import org.ziyuanku.service.identity.DemoAccountService;

/** Inside the server: the evaluation demo accounts get their scoped grants once, however often the data is loaded. */
@ExtendWith(ArquillianExtension.class)
public class DemoAccountsIT {

    @EJB(lookup = "java:global/ziyuanku/ziyuanku-ejb/DemoAccountService")
    private DemoAccountService demoAccounts;

    @Test
    void demoAccounts_areScoped_andLoadingTwiceChangesNothing() throws Exception {
        demoAccounts.ensureDemoAccounts();
        assertEquals(0, demoAccounts.ensureDemoAccounts());
        assertEquals(1, ServerDatabase.queryLong("select count(*) from role_grant g join user_account u on u.id = g.user_id"
                + " join organisation o on o.id = g.scope_id where u.username = 'schooladmin' and g.role = 'school-admin'"
                + " and g.scope_type = 'ORGANISATION' and o.name = '深圳信息职业技术学院'"));
        assertEquals(1, ServerDatabase.queryLong("select count(*) from role_grant g join user_account u on u.id = g.user_id"
                + " join province p on p.id = g.scope_id where u.username = 'provadmin' and g.scope_type = 'PROVINCE'"
                + " and p.code = '44'"));
        assertEquals(12, ServerDatabase.queryLong("select count(*) from user_account where username in ('student',"
                + " 'teacher', 'courselead', 'courselead2', 'reviewer', 'libadmin', 'schooladmin', 'provadmin', 'natadmin', 'sysadmin',"
                + " 'secadmin', 'auditadmin')"));
    }
}
