package org.ziyuanku.batch.identity;

import jakarta.batch.operations.BatchRuntimeException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What an identity job throws when its service failed: an exception with the failure's chain of classes and messages,
 * but not the failure itself. JBeret keeps a step's exception in its job repository by serialising it and reads it back
 * with its own module's class loader. A cause from a library the deployment cannot see (the Keycloak client's
 * {@code org.apache.http.conn.HttpHostConnectException} when Keycloak does not answer) broke that read
 * ({@code JBERET000626}), so the execution stayed STARTED on the operations page instead of FAILED. The whole failure,
 * stack and all, goes to the server log.
 */
final class PortableStepFailure {

    private static final Logger LOG = Logger.getLogger(PortableStepFailure.class.getName());
    private static final int MOST_CAUSES = 8;

    private PortableStepFailure() {
    }

    static BatchRuntimeException of(String job, RuntimeException failure) {
        LOG.log(Level.WARNING, job + " failed", failure);
        StringBuilder chain = new StringBuilder(job).append(" failed");
        Throwable cause = failure;
        for (int i = 0; cause != null && i < MOST_CAUSES; i++) {
            chain.append(i == 0 ? ": " : "; caused by ").append(cause.getClass().getName());
            if (cause.getMessage() != null) {
                chain.append(": ").append(cause.getMessage());
            }
            cause = cause.getCause() == cause ? null : cause.getCause();
        }
        return new BatchRuntimeException(chain.toString());
    }
}
