package org.ziyuanku.service.identity;

import java.io.Serializable;
import java.util.List;

/** A slice of a school's roster, ordered by number, and how many people the whole roster has. */
public record RosterPage(List<RosterEntryView> entries, long total) implements Serializable {

    public RosterPage {
        entries = List.copyOf(entries);
    }
}
