package org.ziyuanku.domain.learning;

/**
 * Why a progress claim was refused (or a part of it not credited): a token nobody was issued, another learner's
 * token, a replayed or old beat, an attempt no longer open, a jump, a claim faster than twice real time, a position
 * ahead of the time elapsed since the attempt began, a call that claims completion, an unreadable beat.
 */
public enum AnomalyReason {
    UNKNOWN_TOKEN, FOREIGN_TOKEN, REPLAY, EXPIRED, SUPERSEDED, JUMP, TOO_FAST, AHEAD_OF_TIME, COMPLETION_CLAIM,
    MALFORMED
}
