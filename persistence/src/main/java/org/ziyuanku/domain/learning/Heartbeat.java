package org.ziyuanku.domain.learning;

/**
 * What a player claims in one heartbeat: it played {@code [fromMs, toMs]} since its last beat at the declared rate,
 * whether the learner seeked to {@code fromMs}, and whether the page was visible. Claims only: the server decides
 * what of it is credited ({@link ProgressCredit}).
 */
public record Heartbeat(long fromMs, long toMs, double rate, boolean seeked, boolean visible) {
}
