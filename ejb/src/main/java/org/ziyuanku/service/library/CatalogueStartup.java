package org.ziyuanku.service.library;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;

/** Loads the national catalogue when the application is deployed on a node, after the schema migration; idempotent. */
@Singleton
@Startup
@DependsOn("PlatformStartup")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CatalogueStartup {

    private static final Logger LOG = Logger.getLogger(CatalogueStartup.class.getName());

    @EJB
    private NationalCatalogueImportService catalogueImport;

    @PostConstruct
    void start() {
        CatalogueImportReport report = catalogueImport.importNationalCatalogue();
        LOG.info(() -> "National catalogue: " + report);
    }
}
