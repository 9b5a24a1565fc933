package org.ziyuanku.infrastructure.media;

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
    UNREADABLE
}
