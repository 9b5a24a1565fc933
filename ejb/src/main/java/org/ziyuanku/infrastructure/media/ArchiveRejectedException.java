package org.ziyuanku.infrastructure.media;

/**
 * A ZIP archive refused by {@link ArchiveInspector}: the reason and the name of the offending entry (null when the
 * archive as a whole is at fault). The message is for logs only; users see the translation of {@link #getReason()}.
 */
public class ArchiveRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ArchiveRejection reason;
    private final String entryName;

    public ArchiveRejectedException(ArchiveRejection reason, String entryName) {
        this(reason, entryName, null);
    }

    public ArchiveRejectedException(ArchiveRejection reason, String entryName, Throwable cause) {
        super(entryName == null ? reason.name() : reason + " (entry " + entryName + ")", cause);
        this.reason = reason;
        this.entryName = entryName;
    }

    public ArchiveRejection getReason() {
        return reason;
    }

    /** The offending entry's name as stored in the archive, or null. */
    public String getEntryName() {
        return entryName;
    }
}
