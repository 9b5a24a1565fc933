package org.ziyuanku.service.audit;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.ziyuanku.domain.audit.AuditFacts;
import org.ziyuanku.domain.audit.AuditOutcome;
import org.ziyuanku.domain.system.PlatformRole;

/**
 * How the audit context writes what it audits: the actor with the platform roles they hold, the request's source
 * address (from {@link RequestOrigin}), and the record either in its own transaction (refusals and failures, which
 * must outlive the rollback) or in the caller's (successes, stored with what succeeded). Services do not call it:
 * they are {@link Audited}.
 */
@ApplicationScoped
public class ActionAuditor {

    private static final Logger LOG = Logger.getLogger(ActionAuditor.class.getName());
    /** Marks a transaction that holds the chain's lock because it wrote to the chain. */
    private static final String CHAIN_HELD = ActionAuditor.class.getName() + ".chainHeld";

    @EJB
    private AuditTrailService auditTrail;

    @Inject
    private RequestOrigin origin;

    @Resource(lookup = "java:jboss/TransactionSynchronizationRegistry")
    private TransactionSynchronizationRegistry transactions;

    /**
     * Records who did what to which target in which scope ("platform", "organisation:17") and how it ended, in its
     * own transaction; {@code holdsRole} answers for realm role names (a SessionContext's {@code isCallerInRole}).
     */
    public void record(String actor, Predicate<String> holdsRole, String scope, String action, String target,
            AuditOutcome outcome, String detail) {
        recordApart(facts(actor, holdsRole, scope, action, target, outcome, detail));
    }

    /** The facts of one record: the actor's platform roles and the request's source address added. */
    public AuditFacts facts(String actor, Predicate<String> holdsRole, String scope, String action, String target,
            AuditOutcome outcome, String detail) {
        String roles = Arrays.stream(PlatformRole.values()).map(PlatformRole::roleName).filter(holdsRole)
                .collect(Collectors.joining(","));
        return new AuditFacts(actor, roles, scope, origin.getSourceIp(), action, target, outcome, detail);
    }

    /**
     * Records in a transaction of its own, so the record survives the caller's rollback. When the caller's
     * transaction already holds the chain (it wrote a success), the record is written as soon as that transaction
     * ends, since waiting for the chain here would wait for ourselves.
     */
    void recordApart(AuditFacts facts) {
        if (facts.outcome() == AuditOutcome.DENIED) {
            origin.markRefusalRecorded();
        }
        if (transactions.getTransactionKey() != null && transactions.getResource(CHAIN_HELD) != null) {
            try {
                transactions.registerInterposedSynchronization(new AfterCompletion(auditTrail, facts));
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "audit record lost: " + facts, e);
            }
        } else {
            auditTrail.record(facts);
        }
    }

    /**
     * Records within the caller's transaction (or one of their own when there is none): they commit together. Nothing
     * is written into a transaction already bound to roll back, which would take the records with it.
     */
    void recordWithin(List<AuditFacts> facts) {
        boolean inTransaction = transactions.getTransactionKey() != null;
        if (facts.isEmpty() || inTransaction && transactions.getRollbackOnly()) {
            return;
        }
        auditTrail.recordWithin(facts);
        if (inTransaction) {
            transactions.putResource(CHAIN_HELD, Boolean.TRUE);
        }
    }

    /** The current transaction's key, null outside a transaction. */
    Object transactionKey() {
        return transactions.getTransactionKey();
    }

    /** Writes a refusal or failure once the transaction holding the chain has ended. */
    private record AfterCompletion(AuditTrailService auditTrail, AuditFacts facts) implements Synchronization {

        @Override
        public void beforeCompletion() {
            // written after the transaction, whichever way it ends
        }

        @Override
        public void afterCompletion(int status) {
            try {
                auditTrail.record(facts);
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "audit record lost: " + facts, e);
            }
        }
    }
}
