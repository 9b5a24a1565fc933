package org.ziyuanku.service.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;
import org.ziyuanku.service.identity.DemoAccountService;
import org.ziyuanku.service.resource.DemoResourceService;

/**
 * For evaluation installs (ZYK_DEMO_DATA=true): the demo accounts and the demo library's resources, once the schema
 * and the national catalogue are in place. Every step is idempotent.
 */
@Singleton
@Startup
@DependsOn("CatalogueStartup")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoDataStartup {

    private static final Logger LOG = Logger.getLogger(DemoDataStartup.class.getName());

    @EJB
    private DemoAccountService demoAccounts;

    @EJB
    private DemoResourceService demoResources;

    @PostConstruct
    void start() {
        if (Boolean.parseBoolean(System.getProperty("zyk.demo.data", System.getenv("ZYK_DEMO_DATA")))) {
            int created = demoAccounts.ensureDemoAccounts();
            LOG.info(() -> "Demo accounts created: " + created);
            int resources = demoResources.ensureDemoResources(DemoAccountService.DEMO_SCHOOL);
            LOG.info(() -> "Demo resources created: " + resources);
        }
    }
}
