package org.ziyuanku.service.resource;

import java.io.Serializable;
import java.util.Map;
import org.ziyuanku.domain.resource.ResourceKind;

/**
 * A library's published resources per kind, and the share of text and images, which must stay at or below 30 %
 * (seed 002 §三.二.3).
 */
public record LibraryResourceIndicatorsView(long libraryId, Map<ResourceKind, Long> countsByKind, long total,
        double textImageShare) implements Serializable {

    public static final double TEXT_IMAGE_LIMIT = 0.30;

    /** The text and image share in whole per cent. */
    public long textImagePercent() {
        return Math.round(textImageShare * 100);
    }

    /** Whether the text and image share is above the limit. */
    public boolean textImageWarning() {
        return textImageShare > TEXT_IMAGE_LIMIT;
    }
}
