package org.ziyuanku.infrastructure.media;

import java.util.Locale;

/** Why {@link MediaProbe} refused a file; the web tier turns each reason into a translated message. */
public enum MediaRejection {
    /** The file has no bytes. */
    EMPTY,
    /** A program or script (ELF, Windows PE, Mach-O, Java class or archive, shell script, ...), whatever its name. */
    EXECUTABLE,
    /** A PDF with active content: JavaScript, actions run on opening, launched programs or embedded files. */
    ACTIVE_CONTENT,
    /** The content is of a type teaching resources may not have (SVG and HTML included: they can carry script). */
    TYPE_NOT_ALLOWED,
    /** The file name's extension names another type than the content, e.g. a PDF called {@code .docx}. */
    EXTENSION_MISMATCH,
    /** The file name has no extension. */
    MISSING_EXTENSION,
    /** The file could not be read. */
    UNREADABLE;

    /**
     * The name in camel case, the last part of the refusal's message key: {@code EXTENSION_MISMATCH} is
     * {@code extensionMismatch} ({@code resource.refused.extensionMismatch}).
     */
    public String key() {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char ch : name().toLowerCase(Locale.ROOT).toCharArray()) {
            if (ch == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(ch) : ch);
                upper = false;
            }
        }
        return out.toString();
    }
}
