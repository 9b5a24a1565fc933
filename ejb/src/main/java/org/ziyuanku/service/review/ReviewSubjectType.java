package org.ziyuanku.service.review;

import java.util.Optional;
import org.ziyuanku.domain.review.ReviewedItem;

/**
 * A kind of item that goes through tiered review (resources now; courses and question banks later): a CDI bean the
 * review engine finds by {@link #type()}. It knows who may send its items and take them down, what exactly a version
 * is (content and metadata hashes, texts to screen), and how its items change as the review proceeds.
 */
public interface ReviewSubjectType {

    /** The name submissions and records carry, e.g. {@code RESOURCE}. */
    String type();

    /**
     * The version of item {@code itemId} its caller would send for review: a draft, a returned or taken-down item, or
     * the pending new version of a published one.
     *
     * @throws RuntimeException the subject's own refusal when the caller may not change the item or it cannot be sent
     */
    ReviewableVersion toSubmit(long itemId);

    /**
     * The id of the item (the one learners see) that {@code itemId} belongs to: itself, or the published item it is
     * a new version of, when the caller may see it.
     */
    long subjectIdOf(long itemId);

    /** The submitted version as it is now, to see whether it changed after submission. */
    ReviewableVersion current(ReviewedItem submitted);

    /**
     * The published version of {@code itemId}, after checking that the caller may take it down.
     *
     * @throws RuntimeException the subject's own refusal otherwise
     */
    ReviewableVersion toTakeDown(long itemId);

    /** The published version of the item, when it is public; empty otherwise. */
    Optional<ReviewableVersion> published(long itemId);

    /** Moves the submitted version into the stage. */
    void enter(ReviewedItem item, ReviewStage stage);

    /** How the submitted version can be shown to its reviewers. */
    ReviewPreview preview(ReviewedItem item);

    /** The content of the submitted version, or its converted preview, for its reviewers to look at. */
    SubjectContent content(ReviewedItem item, boolean converted);
}
