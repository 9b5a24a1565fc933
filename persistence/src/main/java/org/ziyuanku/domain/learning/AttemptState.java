package org.ziyuanku.domain.learning;

/**
 * What the server knows of an attempt when a beat arrives: its mode and duration (from the resource, never from the
 * client), the position and visibility of the last accepted beat, the play accepted so far, and the server-clock
 * times since the last beat ({@code elapsedMs}) and since the attempt was issued ({@code sinceIssuedMs}).
 */
public record AttemptState(AttemptMode mode, long durationMs, long lastPositionMs, boolean lastVisible,
        long playedMs, long elapsedMs, long sinceIssuedMs) {
}
