package org.ziyuanku.service.system;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Creates and evolves the schema with Flyway from the migrations in the persistence module (db/migration). Flyway
 * serialises concurrent runs from several nodes with a database lock, so every node may call it at start-up. The
 * schema is shared with the Jakarta Batch job repository, whose tables JBeret creates itself; hence the baseline at
 * version 0 when Flyway first meets a schema that only holds those.
 */
@Stateless
public class DatabaseMigrationService {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrationService.class.getName());

    @Resource(lookup = "java:jboss/datasources/ZiYuanKuDS")
    private DataSource dataSource;

    /** Applies pending migrations and returns the schema version now in force. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public String migrate() {
        Flyway flyway = Flyway.configure(DatabaseMigrationService.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .validateMigrationNaming(true)
                // the batch job repository (JBeret) creates its own tables in the same schema at server start
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
        MigrateResult result = flyway.migrate();
        String version = flyway.info().current() == null ? "none" : flyway.info().current().getVersion().toString();
        LOG.info(() -> "Database schema at version " + version + " (" + result.migrationsExecuted + " applied now)");
        return version;
    }
}
