package org.ziyuanku.service.system;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/**
 * Runs first when the application is deployed on a node: migrates the schema. The contexts' own start-up steps
 * ({@code CatalogueStartup} in library, {@code DemoDataStartup} in demo) depend on it, so the floor knows none of
 * them. Idempotent.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PlatformStartup {

    @EJB
    private DatabaseMigrationService migration;

    @PostConstruct
    void start() {
        migration.migrate();
    }
}
