package org.ziyuanku.service.teaching;

import java.io.Serializable;
import java.time.LocalDate;

/** A published offering as the platform home page lists it: its title, term, dates and its course's library. */
public record OfferingCardView(long id, String title, String termCode, LocalDate startsOn, LocalDate endsOn,
        long libraryId, String libraryName) implements Serializable {
}
