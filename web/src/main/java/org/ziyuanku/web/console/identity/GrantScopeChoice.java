package org.ziyuanku.web.console.identity;

import java.util.Optional;
import org.ziyuanku.domain.identity.ScopeType;

/**
 * The scope chosen on the grants page, as its select posts it ({@code TYPE:id}, e.g. {@code ORGANISATION:12}); the
 * service still checks that the caller may grant in it.
 */
record GrantScopeChoice(ScopeType type, long id) {

    /** The scope of the posted value, or empty when it is missing or names no scope type and whole-number id. */
    static Optional<GrantScopeChoice> parse(String value) {
        String[] parts = value == null ? new String[0] : value.strip().split(":", -1);
        if (parts.length != 2) {
            return Optional.empty();
        }
        try {
            return Optional.of(new GrantScopeChoice(ScopeType.valueOf(parts[0]), Long.parseLong(parts[1])));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
