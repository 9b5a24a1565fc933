package org.ziyuanku.service.identity;

import java.io.Serializable;
import java.time.LocalDateTime;
import org.ziyuanku.domain.identity.RosterRole;

/** A verified real name as its owner sees it: school, name, number, role on the roster and when it was verified. */
public record RealNameView(String organisationName, String realName, String memberNumber, RosterRole role,
        LocalDateTime verifiedAt) implements Serializable {
}
