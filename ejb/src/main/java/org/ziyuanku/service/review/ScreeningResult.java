package org.ziyuanku.service.review;

import java.io.Serializable;
import java.util.List;

/** PLACEHOLDER until the sensitive-words branch is merged. */
public record ScreeningResult(List<String> blocked, List<String> flagged) implements Serializable {

    public boolean isBlocked() {
        return !blocked.isEmpty();
    }

    public List<String> blockedWords() {
        return blocked;
    }

    public List<String> flaggedWords() {
        return flagged;
    }
}
