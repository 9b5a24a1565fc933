package org.ziyuanku.service.identity;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * One reason a roster import was refused: the sheet's row as Excel numbers it (1-based; 0 for the file as a whole),
 * a key of the interface bundle and the key's arguments. The web tier turns it into text in the user's language.
 */
public record RosterRowError(int row, String key, List<String> args) implements Serializable {

    public RosterRowError {
        args = List.copyOf(args);
    }

    /** An error about the whole file (row 0). */
    public static RosterRowError ofFile(String key, Object... args) {
        return ofRow(0, key, args);
    }

    public static RosterRowError ofRow(int row, String key, Object... args) {
        return new RosterRowError(row, key, Arrays.stream(args).map(String::valueOf).toList());
    }

    public boolean wholeFile() {
        return row == 0;
    }
}
