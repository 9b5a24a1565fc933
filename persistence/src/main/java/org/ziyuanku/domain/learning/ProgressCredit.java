package org.ziyuanku.domain.learning;

/**
 * The credit rule (学习进度认定), a pure function of what the server knows and what a beat claims; the server clock is
 * the only clock. Media: only whole seconds actually played are credited, at most at twice real time per beat and
 * cumulatively since the attempt began (plus a tolerance for latency), never across a jump, and seconds covered before
 * add nothing. Documents: visible time between visible beats at least {@value #MIN_DOCUMENT_GAP_MS} ms apart, at most
 * {@value #MAX_SPAN_MS} ms per beat.
 */
public final class ProgressCredit {

    /** The default tolerance per beat for network latency and timer jitter. */
    public static final long DEFAULT_TOLERANCE_MS = 2_000;
    /** The most one beat can add to time spent or visible time: a longer gap means the tab was closed. */
    public static final long MAX_SPAN_MS = 35_000;
    /** Document beats closer together than this add no time (no rapid-fire padding). */
    public static final long MIN_DOCUMENT_GAP_MS = 5_000;
    /** The highest playback rate credited. */
    public static final double MAX_RATE = 2.0;
    /** The share of a clip that completes it (the last seconds and buffering forgiven). */
    public static final double COMPLETION_SHARE = 0.95;

    private static final int DEFAULT_MIN_SECONDS = 60;
    private static final int MAX_DOCUMENT_SECONDS = 600;
    private static final int SECONDS_PER_PDF_PAGE = 10;

    private final long toleranceMs;

    public ProgressCredit(long toleranceMs) {
        if (toleranceMs < 0) {
            throw new IllegalArgumentException("negative tolerance");
        }
        this.toleranceMs = toleranceMs;
    }

    /** What the beat earns against the state, with {@code covered} the item's covered seconds so far. */
    public Credit evaluate(AttemptState state, Heartbeat beat, CoveredIntervals covered) {
        long spent = Math.min(Math.max(state.elapsedMs(), 0), MAX_SPAN_MS);
        if (state.mode() == AttemptMode.DOCUMENT) {
            boolean counts = beat.visible() && state.lastVisible() && state.elapsedMs() >= MIN_DOCUMENT_GAP_MS;
            return new Credit(null, null, false, covered, 0, 0, counts ? spent : 0, spent, 0);
        }
        return media(state, beat, covered, spent);
    }

    private Credit media(AttemptState state, Heartbeat beat, CoveredIntervals covered, long spent) {
        long from = clamp(beat.fromMs(), state.durationMs());
        long to = clamp(beat.toMs(), state.durationMs());
        long last = state.lastPositionMs();
        if (beat.rate() > MAX_RATE || Double.isNaN(beat.rate())) {
            return Credit.refused(AnomalyReason.TOO_FAST, "declared rate " + beat.rate(), covered, last);
        }
        if (to < from) {
            return new Credit(null, null, false, covered, 0, 0, 0, spent, to);
        }
        AnomalyReason jump = null;
        String detail = null;
        if (Math.abs(from - last) > toleranceMs) {
            detail = "from " + from + " ms while at " + last + " ms";
            if (!beat.seeked()) {
                return Credit.refused(AnomalyReason.JUMP, detail + " without a seek", covered, last);
            }
            jump = from > last ? AnomalyReason.JUMP : null;
        }
        long span = to - from;
        if (span > 2 * state.elapsedMs() + toleranceMs) {
            return Credit.refused(AnomalyReason.TOO_FAST, span + " ms claimed in " + state.elapsedMs() + " ms",
                    covered, last);
        }
        if (state.playedMs() + span > 2 * state.sinceIssuedMs() + toleranceMs) {
            return Credit.refused(AnomalyReason.AHEAD_OF_TIME, (state.playedMs() + span) + " ms played in "
                    + state.sinceIssuedMs() + " ms since the attempt began", covered, last);
        }
        long fromSecond = from / 1000;
        long toSecond = to / 1000;
        long newly = covered.uncoveredIn(fromSecond, toSecond);
        return new Credit(jump, jump == null ? null : detail + ", skipped span not credited", false,
                covered.plus(fromSecond, toSecond), newly, span, 0, spent, to);
    }

    private static long clamp(long value, long max) {
        return Math.max(0, Math.min(value, max));
    }

    /**
     * The seconds that complete an item: for media {@value #COMPLETION_SHARE} of the duration rounded up, but never
     * the whole of a short clip (at most one second less, at least one); for documents the item's minimum time ({@code 60} when unset), for a PDF at least ten seconds a page, at
     * most {@value #MAX_DOCUMENT_SECONDS}.
     */
    public static int requiredSeconds(AttemptMode mode, long durationMs, int minSeconds, Integer pages, boolean pdf) {
        if (mode == AttemptMode.MEDIA) {
            long seconds = durationMs / 1000;
            // short clips: 95 % of 3 s rounds up to all 3, which a player that stops at 2.97 s never covers
            return (int) Math.max(1, Math.min(Math.ceil(COMPLETION_SHARE * seconds), seconds - 1));
        }
        int required = minSeconds > 0 ? minSeconds : DEFAULT_MIN_SECONDS;
        if (pdf && pages != null) {
            required = Math.max(required, Math.min(MAX_DOCUMENT_SECONDS, SECONDS_PER_PDF_PAGE * pages));
        }
        return Math.min(required, MAX_DOCUMENT_SECONDS);
    }
}
