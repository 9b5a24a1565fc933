package org.ziyuanku.service.identity;

import java.io.Serializable;
import org.ziyuanku.domain.identity.RosterRole;

/** One person on a school's roster as its administrators see them; {@code boundUsername} is null until bound. */
public record RosterEntryView(String personName, String memberNumber, RosterRole role, String boundUsername)
        implements Serializable {
}
