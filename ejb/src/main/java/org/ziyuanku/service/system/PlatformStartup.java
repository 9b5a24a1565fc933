package org.ziyuanku.service.system;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;
import org.ziyuanku.service.identity.DemoAccountService;
import org.ziyuanku.service.library.CatalogueImportReport;
import org.ziyuanku.service.library.NationalCatalogueImportService;
import org.ziyuanku.service.resource.DemoResourceService;

/**
 * Runs when the application is deployed on a node: migrates the schema, loads the national catalogue, and, for
 * evaluation installs (ZYK_DEMO_DATA=true), the demo accounts and
 * the demo library's resources. Every step is idempotent.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PlatformStartup {

    private static final Logger LOG = Logger.getLogger(PlatformStartup.class.getName());

    @EJB
    private DatabaseMigrationService migration;

    @EJB
    private NationalCatalogueImportService catalogueImport;

    @EJB
    private DemoAccountService demoAccounts;

    @EJB
    private DemoResourceService demoResources;

    @PostConstruct
    void start() {
        migration.migrate();
        CatalogueImportReport report = catalogueImport.importNationalCatalogue();
        LOG.info(() -> "National catalogue: " + report);
        if (Boolean.parseBoolean(System.getProperty("zyk.demo.data", System.getenv("ZYK_DEMO_DATA")))) {
            int created = demoAccounts.ensureDemoAccounts();
            LOG.info(() -> "Demo accounts created: " + created);
            int resources = demoResources.ensureDemoResources(DemoAccountService.DEMO_SCHOOL);
            LOG.info(() -> "Demo resources created: " + resources);
        }
    }
}
