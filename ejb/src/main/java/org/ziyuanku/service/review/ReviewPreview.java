package org.ziyuanku.service.review;

import java.io.Serializable;

/**
 * How the version under review can be shown to its reviewers: its kind, format and media type, and whether a
 * converted preview (PDF for Office documents, MP4 for other video) is ready, with its media type.
 */
public record ReviewPreview(String kind, String format, String mediaType, boolean converted,
        String convertedMediaType) implements Serializable {

    /** A version shown to its reviewers as one self-contained HTML page (courses, questions), nothing converted. */
    public static ReviewPreview htmlPage() {
        return new ReviewPreview("OTHER", "html", "text/html", false, null);
    }
}
