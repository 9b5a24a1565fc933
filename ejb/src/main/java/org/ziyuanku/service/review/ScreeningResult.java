package org.ziyuanku.service.review;

import java.io.Serializable;
import java.util.List;

/** The words a screening found, split into those that block the submission and those flagged for the reviewer. */
public record ScreeningResult(List<WordHit> blocked, List<WordHit> flagged) implements Serializable {

    public ScreeningResult {
        blocked = List.copyOf(blocked);
        flagged = List.copyOf(flagged);
    }

    /** Whether any blocking word was found: the submission must stop. */
    public boolean isBlocked() {
        return !blocked.isEmpty();
    }

    /** The distinct blocking words, in the order found. */
    public List<String> blockedWords() {
        return blocked.stream().map(WordHit::word).distinct().toList();
    }

    /** The distinct flagged words, in the order found. */
    public List<String> flaggedWords() {
        return flagged.stream().map(WordHit::word).distinct().toList();
    }
}
