package org.ziyuanku.service.teaching;

/** What staff do to a topic or reply: approve held text, hide it, or delete it (both with a reason). */
public enum ModerationAction {
    APPROVE,
    HIDE,
    DELETE
}
