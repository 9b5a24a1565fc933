package org.ziyuanku.service.incentive;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.UUID;

/** A badge an account earned, with the id of its Open Badges 3.0 credential. */
public record BadgeView(long awardId, String badge, UUID credentialId, LocalDateTime awardedAt)
        implements Serializable {
}
