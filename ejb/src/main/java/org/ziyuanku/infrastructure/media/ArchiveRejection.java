package org.ziyuanku.infrastructure.media;

/** Why {@link ArchiveInspector} refused a ZIP archive; the web tier turns each reason into a translated message. */
public enum ArchiveRejection {
    /** Not a ZIP archive, damaged, or an entry uses a compression method that cannot be read. */
    UNREADABLE,
    /** An entry name leaves the target folder: a {@code ..} segment, an absolute path or a drive letter. */
    PATH_TRAVERSAL,
    /** More entries than the limits allow. */
    TOO_MANY_ENTRIES,
    /** An entry, or all entries together, larger than the limits allow, or larger than the archive declares. */
    TOO_LARGE,
    /** Expands far more than data does: the mark of a decompression bomb. */
    COMPRESSION_RATIO,
    /** An entry is encrypted. */
    ENCRYPTED
}
