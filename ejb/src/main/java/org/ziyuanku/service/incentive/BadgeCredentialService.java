package org.ziyuanku.service.incentive;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.UUID;
import org.ziyuanku.domain.audit.AuditOutcome;
import org.ziyuanku.service.audit.AuditTarget;
import org.ziyuanku.service.audit.Audited;
import org.ziyuanku.service.identity.Caller;
import org.ziyuanku.service.incentive.internal.IncentiveReads;

/**
 * Badge credentials: the earner downloads the Open Badges 3.0 credential of their own award (another account's award
 * is 404, audited as a denial); anyone holding the credential's link reads it (that is how a verifier checks it).
 */
@Stateless
@PermitAll
public class BadgeCredentialService {

    @Inject
    private Caller caller;

    @Inject
    private IncentiveReads reads;

    /** The credential of one of the caller's awards. */
    @Audited(action = "BADGE_DOWNLOAD", outcomes = AuditOutcome.DENIED)
    public BadgeCredentialView mine(@AuditTarget("badge-award:") long awardId) {
        Long owner = reads.ownerOfAward(awardId).orElseThrow(IncentiveRefusedException::notFound);
        if (!caller.is(owner)) {
            throw IncentiveRefusedException.concealedDenial();
        }
        return byCredential(reads.credentialOfAward(awardId));
    }

    /** The credential with this id, for anyone who has its link. */
    public BadgeCredentialView byCredential(UUID credentialId) {
        return reads.credential(credentialId).orElseThrow(IncentiveRefusedException::notFound);
    }
}
