package org.ziyuanku.domain.resource;

/**
 * Where a comment on a resource stands: shown, held for moderation (a flagged word), hidden or deleted by a moderator
 * (a deleted comment keeps its row, without showing its text, for the record).
 */
public enum CommentStatus {
    VISIBLE, HELD, HIDDEN, DELETED
}
