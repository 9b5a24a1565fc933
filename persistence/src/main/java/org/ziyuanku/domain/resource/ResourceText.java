package org.ziyuanku.domain.resource;

/** Trimming and length rules shared by a resource's text attributes. */
final class ResourceText {

    private ResourceText() {
    }

    /** The value trimmed, or null when blank. */
    static String trimmed(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    /** The value trimmed and refused when longer than {@code max}. */
    static String bounded(String value, int max, String field) {
        String trimmed = trimmed(value);
        if (trimmed != null && trimmed.length() > max) {
            throw new IllegalArgumentException(field + " is longer than " + max + " characters");
        }
        return trimmed;
    }

    /** The value trimmed and cut to {@code max} characters; for names that came from elsewhere. */
    static String clip(String value, int max) {
        String trimmed = trimmed(value);
        if (trimmed == null) {
            return "";
        }
        return trimmed.length() <= max ? trimmed : trimmed.substring(0, max);
    }
}
