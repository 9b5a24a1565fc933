package org.ziyuanku.service.identity.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Creates the platform account of a signed-in caller who has none yet (named as in Keycloak), in a transaction of its
 * own, so the account stays when the calling service rolls back. Only {@link CallerLookup} calls it, and only when its
 * read found no account: the one write of the caller's lookup.
 */
@ApplicationScoped
public class CallerAccounts {

    @Inject
    private UserAccountRepository accounts;

    /**
     * Creates the account unless it exists by now. The insert is flushed here, so a second first request of the same
     * person that lost the race to the unique user name fails with the {@code PersistenceException} of the flush and
     * this transaction rolls back; its caller then reads the account the winner committed.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void create(String username, String displayName) {
        accounts.findOrCreate(username, () -> displayName);
        accounts.flush();
    }
}
