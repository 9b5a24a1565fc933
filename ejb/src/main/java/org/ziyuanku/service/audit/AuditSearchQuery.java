package org.ziyuanku.service.audit;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ziyuanku.domain.audit.AuditOutcome;

/**
 * A search of the audit log (审计记录查询). Every filter is optional (null or blank means "any"): the time range
 * {@code from}..{@code to}, both inclusive; the actor, matched exactly, or as a prefix when it ends with {@code *}
 * ({@code admin*}); the action code (upper-cased); the outcome; text the target contains; free text found in actor,
 * source IP, action, target or detail. Text matches ignore case. {@code page} counts from zero.
 */
public record AuditSearchQuery(LocalDateTime from, LocalDateTime to, String actor, String action, AuditOutcome outcome,
        String target, String text, int page, int size) implements Serializable {

    public static final int MAX_SIZE = 500;
    public static final int MAX_TEXT_LENGTH = 128;
    private static final String PREFIX_MARK = "*";

    /** @throws IllegalArgumentException when page or size is out of range, text is too long, or from is after to */
    public AuditSearchQuery {
        actor = checked("actor", actor);
        action = checked("action", action);
        action = action == null ? null : action.toUpperCase(Locale.ROOT);
        target = checked("target", target);
        text = checked("text", text);
        if (page < 0) {
            throw new IllegalArgumentException("page must be zero or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from is after to");
        }
        if (PREFIX_MARK.equals(actor)) {
            actor = null;
        }
    }

    private static String checked(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException(name + " is longer than " + MAX_TEXT_LENGTH);
        }
        return text;
    }

    /** Whether {@link #actor()} is a prefix ({@code admin*}) rather than an exact user name. */
    public boolean actorIsPrefix() {
        return actor != null && actor.endsWith(PREFIX_MARK);
    }

    /** The actor without the prefix mark. */
    public String actorName() {
        return actorIsPrefix() ? actor.substring(0, actor.length() - 1) : actor;
    }

    /** The filters that are set, as {@code name=value} pairs joined by "; ", or "*" when none is: an audit target. */
    public String summary() {
        List<String> parts = new ArrayList<>();
        add(parts, "from", from);
        add(parts, "to", to);
        add(parts, "actor", actor);
        add(parts, "action", action);
        add(parts, "outcome", outcome);
        add(parts, "target", target);
        add(parts, "q", text);
        return parts.isEmpty() ? "*" : String.join("; ", parts);
    }

    private static void add(List<String> parts, String name, Object value) {
        if (value != null) {
            parts.add(name + "=" + value);
        }
    }
}
