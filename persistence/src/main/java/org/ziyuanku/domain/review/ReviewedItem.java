package org.ziyuanku.domain.review;

import java.io.Serializable;
import java.util.Objects;

/**
 * What is sent for review, as the review engine sees any subject: its type and id (the item learners will see), the
 * id of the new version under review when the item is already published (else null), the version number, the library,
 * contributing unit and the library's first host unit, the account that owns the item, its title, kind and course
 * (for reviewers' filters), and the SHA-256 of its content and of its metadata.
 */
public record ReviewedItem(String subjectType, long subjectId, Long revisionId, int subjectVersion, long libraryId,
        Long unitId, Long hostUnitId, long ownerId, String title, String kind, String course, String contentSha256,
        String metadataSha256) implements Serializable {

    public ReviewedItem {
        Objects.requireNonNull(subjectType, "subjectType");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(contentSha256, "contentSha256");
        Objects.requireNonNull(metadataSha256, "metadataSha256");
    }

    /** The id of the version under review: the new version of a published item, else the item itself. */
    public long versionId() {
        return revisionId == null ? subjectId : revisionId;
    }

    /** Whether the other describes exactly the same content and metadata. */
    public boolean sameContentAs(ReviewedItem other) {
        return contentSha256.equals(other.contentSha256) && metadataSha256.equals(other.metadataSha256);
    }
}
