package org.ziyuanku.service.system;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** Tells whether the platform's dependencies answer; used by the health endpoint and load balancers. */
@Stateless
public class HealthService {

    private static final Logger LOG = Logger.getLogger(HealthService.class.getName());
    private static final int VALIDATION_TIMEOUT_SECONDS = 3;

    @Resource(lookup = "java:jboss/datasources/ZiYuanKuDS")
    private DataSource dataSource;

    /** True when a pooled connection to the database can be obtained and answers within three seconds. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean isDatabaseReachable() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(VALIDATION_TIMEOUT_SECONDS);
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "Database health check failed: {0}", e.getMessage());
            return false;
        }
    }
}
