package org.ziyuanku.domain.system;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.security.SecureRandom;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * What anonymous visitors see (libraries, their host units, published resources, published courses) changed: the
 * entity listener of those entities. After the transaction that changed one commits, it writes a new value under
 * {@link #GENERATION_KEY} in the replicated Infinispan cache {@link #GENERATION_CACHE} (synchronous replication: every
 * node holds the new value before the committing request answers). Each node's rendered anonymous pages carry the
 * generation they were rendered under and are served only while it is still the current one (web's
 * {@code AnonymousPageCache}). Nothing changes on a rollback. Once per transaction, however many entities changed.
 */
public class PublicContent {

    /** JNDI name of the replicated cache holding the generation (wildfly-config/cli/caching.cli). */
    public static final String GENERATION_CACHE = "java:jboss/infinispan/cache/ziyuanku/public-generation";
    /** JNDI name of each node's local cache of rendered anonymous pages. */
    public static final String PAGE_CACHE = "java:jboss/infinispan/cache/ziyuanku/anonymous-pages";
    public static final String GENERATION_KEY = "generation";

    private static final String REGISTRY = "java:jboss/TransactionSynchronizationRegistry";
    private static final Logger LOG = Logger.getLogger(PublicContent.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object entity) {
        try {
            TransactionSynchronizationRegistry registry = (TransactionSynchronizationRegistry) new InitialContext()
                    .lookup(REGISTRY);
            if (registry.getTransactionStatus() != Status.STATUS_ACTIVE
                    || registry.getResource(PublicContent.class) != null) {
                return;
            }
            registry.putResource(PublicContent.class, Boolean.TRUE);
            registry.registerInterposedSynchronization(new AfterCommit());
        } catch (NamingException | RuntimeException e) {
            LOG.log(Level.FINE, "no transaction registry: anonymous pages expire by age only", e);
        }
    }

    /** Writes a new generation now (after a commit, or when data changed outside the platform's entities). */
    @SuppressWarnings("unchecked")
    public static void newGeneration() {
        try {
            Map<String, Long> generation = (Map<String, Long>) new InitialContext().lookup(GENERATION_CACHE);
            generation.put(GENERATION_KEY, RANDOM.nextLong());
        } catch (NamingException | RuntimeException e) {
            LOG.log(Level.WARNING, "could not write a new public-content generation", e);
        }
    }

    private static final class AfterCommit implements Synchronization {

        @Override
        public void beforeCompletion() {
            // nothing before the commit
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                newGeneration();
            }
        }
    }
}
