package org.ziyuanku.service.system;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;
import org.ziyuanku.service.library.CatalogueImportReport;
import org.ziyuanku.service.library.NationalCatalogueImportService;

/**
 * Runs when the application is deployed on a node: migrates the schema, then loads the national catalogue. Both
 * steps are idempotent and safe when several nodes start together.
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

    @PostConstruct
    void start() {
        migration.migrate();
        CatalogueImportReport report = catalogueImport.importNationalCatalogue();
        LOG.info(() -> "National catalogue: " + report);
    }
}
