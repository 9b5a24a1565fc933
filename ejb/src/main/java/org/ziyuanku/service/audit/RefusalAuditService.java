package org.ziyuanku.service.audit;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.ziyuanku.domain.audit.AuditFacts;
import org.ziyuanku.domain.audit.AuditOutcome;
import org.ziyuanku.domain.system.PlatformRole;
import org.ziyuanku.service.audit.internal.RefusalWindowRepository;

/**
 * Records refusals that no service recorded itself: the web tier's security constraints refuse before any service
 * runs. Each becomes an {@code ACCESS} record with outcome DENIED, at most {@link #PER_MINUTE} per caller (user name,
 * or source address when nobody could be identified) and minute across all nodes, then one summary record; further
 * refusals of that minute are only counted, so a flood cannot bloat the chain. Not in the OIDC security domain: it
 * records refusals of unidentified callers too.
 */
@Stateless
public class RefusalAuditService {

    /** How many refusals of one caller within one minute are recorded one by one. */
    public static final int PER_MINUTE = 10;

    static final String ACTION = "ACCESS";

    @Inject
    private RefusalWindowRepository windows;

    @EJB
    private AuditTrailService auditTrail;

    /** Records the refusal, unless the caller's records of this minute are used up. */
    public void record(RefusedRequest refusal) {
        String caller = refusal.actor() != null ? refusal.actor() : "ip:" + refusal.sourceIp();
        int count = windows.countOneMore(caller);
        if (count == 1) {
            windows.forgetOldWindows();
        }
        if (count > PER_MINUTE + 1) {
            return;
        }
        String detail = count <= PER_MINUTE ? "HTTP " + refusal.status()
                : "HTTP " + refusal.status() + "; more than " + PER_MINUTE + " refusals of " + caller
                        + " within this minute: further ones in this minute are counted, not recorded one by one";
        String roles = refusal.holdsRole() == null ? ""
                : Arrays.stream(PlatformRole.values()).map(PlatformRole::roleName).filter(refusal.holdsRole())
                        .collect(Collectors.joining(","));
        auditTrail.record(new AuditFacts(refusal.actor() != null ? refusal.actor() : "anonymous", roles, "platform",
                refusal.sourceIp(), ACTION, refusal.target(), AuditOutcome.DENIED, detail));
    }
}
