package org.ziyuanku.service.incentive;

import java.time.LocalDateTime;
import java.util.UUID;

/**
 * What an Open Badges 3.0 credential states: the credential's id, the badge, the earner (account id and name) and
 * when it was awarded; the web layer writes it as JSON-LD with the platform's address as issuer.
 */
public record BadgeCredentialView(UUID credentialId, String badge, long threshold, String action, long accountId,
        String earnerName, LocalDateTime awardedAt) {
}
