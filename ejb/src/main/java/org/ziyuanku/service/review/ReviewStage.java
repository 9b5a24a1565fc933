package org.ziyuanku.service.review;

/** What an item goes through as its review proceeds; each subject type maps these onto its own states. */
public enum ReviewStage {
    /** Submitted: hidden from learners, not editable until it leaves review. */
    IN_REVIEW,
    /** A reviewer rejected it: back with its author to fix and resubmit. */
    RETURNED,
    /** Its author took it back before a decision. */
    WITHDRAWN,
    /** The last level approved: visible to learners (a new version replaces the published one now). */
    PUBLISHED,
    /** An administrator took the published item down. */
    TAKEN_DOWN
}
