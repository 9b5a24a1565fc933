package org.ziyuanku.service.learning;

/**
 * A started attempt as the player needs it: the id, the token (shown once, kept only in page memory; the server keeps
 * its hash), where to start, the duration the server knows, how often to beat, the mode and the seconds that complete
 * the item; {@code trial} when it is trial learning without enrolment (no progress is kept).
 */
public record AttemptStartView(long attemptId, String token, long resumeMs, long durationMs, int beatSeconds,
        String mode, int requiredSeconds, boolean trial) {
}
