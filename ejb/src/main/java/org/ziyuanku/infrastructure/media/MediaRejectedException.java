package org.ziyuanku.infrastructure.media;

/**
 * A file refused by {@link MediaProbe}: the reason and, once known, the media type detected from the content. The
 * message is for logs only; users see the translation of {@link #getReason()}.
 */
public class MediaRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final MediaRejection reason;
    private final String detectedType;

    public MediaRejectedException(MediaRejection reason, String detectedType) {
        this(reason, detectedType, null);
    }

    public MediaRejectedException(MediaRejection reason, String detectedType, Throwable cause) {
        super(detectedType == null ? reason.name() : reason + " (detected " + detectedType + ")", cause);
        this.reason = reason;
        this.detectedType = detectedType;
    }

    public MediaRejection getReason() {
        return reason;
    }

    /** The media type detected from the content, or null when the file was refused before detection. */
    public String getDetectedType() {
        return detectedType;
    }
}
