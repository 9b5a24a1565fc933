package org.ziyuanku.domain.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProgressCreditTest {

    private static final long CLIP = 600_000;
    private final ProgressCredit rule = new ProgressCredit(ProgressCredit.DEFAULT_TOLERANCE_MS);

    private static AttemptState media(long lastPosition, long played, long elapsed, long sinceIssued) {
        return new AttemptState(AttemptMode.MEDIA, CLIP, lastPosition, true, played, elapsed, sinceIssued);
    }

    private static Heartbeat play(long from, long to) {
        return new Heartbeat(from, to, 1.0, false, true);
    }

    @Test
    void honestPlayAtNormalSpeed_creditsThePlayedSeconds() {
        Credit credit = rule.evaluate(media(0, 0, 30_000, 30_000), play(0, 30_000), CoveredIntervals.none());
        assertNull(credit.reason());
        assertFalse(credit.refused());
        assertEquals(30, credit.newlySeconds());
        assertEquals("0-30", credit.covered().toString());
        assertEquals(30_000, credit.positionMs());
        assertEquals(30_000, credit.timeSpentMs());
    }

    @Test
    void honestPlayAtDoubleSpeed_isCredited() {
        Credit credit = rule.evaluate(media(0, 0, 30_000, 30_000), new Heartbeat(0, 60_000, 2.0, false, true),
                CoveredIntervals.none());
        assertNull(credit.reason());
        assertEquals(60, credit.newlySeconds());
    }

    @Test
    void consecutiveHonestBeats_continueFromTheLastPosition() {
        Credit first = rule.evaluate(media(0, 0, 30_000, 30_000), play(0, 30_000), CoveredIntervals.none());
        Credit second = rule.evaluate(media(30_000, 30_000, 30_000, 60_000), play(30_000, 60_000), first.covered());
        assertEquals(30, second.newlySeconds());
        assertEquals("0-60", second.covered().toString());
    }

    @Test
    void rewatch_addsNothing() {
        CoveredIntervals covered = CoveredIntervals.parse("0-60");
        Credit credit = rule.evaluate(media(0, 60_000, 30_000, 90_000), new Heartbeat(0, 30_000, 1, true, true),
                covered);
        assertNull(credit.reason());
        assertEquals(0, credit.newlySeconds());
        assertEquals(covered, credit.covered());
    }

    @Test
    void fasterThanDoubleSpeed_isRefusedWhole() {
        Credit credit = rule.evaluate(media(0, 0, 10_000, 10_000), play(0, 30_000), CoveredIntervals.none());
        assertEquals(AnomalyReason.TOO_FAST, credit.reason());
        assertTrue(credit.refused());
        assertEquals(0, credit.newlySeconds());
        assertEquals(0, credit.positionMs(), "the position stays where honest play left it");
    }

    @Test
    void declaredRateAboveTwo_isRefused() {
        Credit credit = rule.evaluate(media(0, 0, 30_000, 30_000), new Heartbeat(0, 30_000, 2.5, false, true),
                CoveredIntervals.none());
        assertEquals(AnomalyReason.TOO_FAST, credit.reason());
        assertEquals(0, credit.newlySeconds());
    }

    @Test
    void withinTolerance_isCredited() {
        Credit credit = rule.evaluate(media(0, 0, 0, 0), play(0, 2_000), CoveredIntervals.none());
        assertNull(credit.reason());
        assertEquals(2, credit.newlySeconds());
    }

    @Test
    void manySmallBeatsAheadOfElapsedTime_areRefusedCumulatively() {
        Credit credit = rule.evaluate(media(20_000, 20_000, 4_000, 8_000), play(20_000, 28_000),
                CoveredIntervals.parse("0-20"));
        assertEquals(AnomalyReason.AHEAD_OF_TIME, credit.reason());
        assertTrue(credit.refused());
        assertEquals(0, credit.newlySeconds());
    }

    @Test
    void jumpWithoutSeek_isRefusedWhole() {
        Credit credit = rule.evaluate(media(10_000, 10_000, 30_000, 40_000), play(300_000, 330_000),
                CoveredIntervals.parse("0-10"));
        assertEquals(AnomalyReason.JUMP, credit.reason());
        assertTrue(credit.refused());
        assertEquals(0, credit.newlySeconds());
    }

    @Test
    void forwardSeek_creditsOnlyWhatWasPlayedAfterIt() {
        Credit credit = rule.evaluate(media(10_000, 10_000, 30_000, 40_000), new Heartbeat(300_000, 330_000, 1,
                true, true), CoveredIntervals.parse("0-10"));
        assertEquals(AnomalyReason.JUMP, credit.reason());
        assertFalse(credit.refused());
        assertEquals(30, credit.newlySeconds());
        assertEquals("0-10,300-330", credit.covered().toString(), "the skipped span 10-300 is never credited");
    }

    @Test
    void backwardSeek_isNoAnomaly() {
        Credit credit = rule.evaluate(media(300_000, 300_000, 30_000, 330_000), new Heartbeat(0, 30_000, 1, true,
                true), CoveredIntervals.parse("0-300"));
        assertNull(credit.reason());
        assertEquals(0, credit.newlySeconds());
    }

    @Test
    void backwards_givesNoCreditButMovesThePosition() {
        Credit credit = rule.evaluate(media(30_000, 30_000, 5_000, 35_000), play(30_000, 20_000),
                CoveredIntervals.parse("0-30"));
        assertNull(credit.reason());
        assertEquals(0, credit.newlySeconds());
        assertEquals(20_000, credit.positionMs());
    }

    @Test
    void claimsBeyondTheDuration_areClamped() {
        AttemptState state = new AttemptState(AttemptMode.MEDIA, 3_000, 0, true, 0, 2_000, 2_000);
        Credit credit = rule.evaluate(state, play(0, 9_000), CoveredIntervals.none());
        assertNull(credit.reason());
        assertEquals("0-3", credit.covered().toString());
    }

    @Test
    void document_visibleTimeBetweenVisibleBeats_counts() {
        AttemptState state = new AttemptState(AttemptMode.DOCUMENT, 0, 0, true, 0, 30_000, 30_000);
        Credit credit = rule.evaluate(state, new Heartbeat(0, 0, 1, false, true), CoveredIntervals.none());
        assertEquals(30_000, credit.visibleMs());
        assertEquals(30_000, credit.timeSpentMs());
    }

    @Test
    void document_longGap_countsAtMostOneSpan() {
        AttemptState state = new AttemptState(AttemptMode.DOCUMENT, 0, 0, true, 0, 600_000, 600_000);
        Credit credit = rule.evaluate(state, new Heartbeat(0, 0, 1, false, true), CoveredIntervals.none());
        assertEquals(ProgressCredit.MAX_SPAN_MS, credit.visibleMs());
    }

    @Test
    void document_hiddenPage_addsNoVisibleTime() {
        AttemptState hidden = new AttemptState(AttemptMode.DOCUMENT, 0, 0, true, 0, 30_000, 30_000);
        assertEquals(0, rule.evaluate(hidden, new Heartbeat(0, 0, 1, false, false), CoveredIntervals.none())
                .visibleMs());
        AttemptState wasHidden = new AttemptState(AttemptMode.DOCUMENT, 0, 0, false, 0, 30_000, 30_000);
        assertEquals(0, rule.evaluate(wasHidden, new Heartbeat(0, 0, 1, false, true), CoveredIntervals.none())
                .visibleMs());
    }

    @Test
    void document_beatsLessThanFiveSecondsApart_addNothing() {
        AttemptState state = new AttemptState(AttemptMode.DOCUMENT, 0, 0, true, 0, 4_999, 10_000);
        assertEquals(0, rule.evaluate(state, new Heartbeat(0, 0, 1, false, true), CoveredIntervals.none())
                .visibleMs());
    }

    @Test
    void requiredSeconds_mediaIsNinetyFivePercent_documentsTheirMinimum() {
        assertEquals(95, ProgressCredit.requiredSeconds(AttemptMode.MEDIA, 100_000, 60, null, false));
        assertEquals(2, ProgressCredit.requiredSeconds(AttemptMode.MEDIA, 3_000, 60, null, false), "a 3 s clip");
        assertEquals(570, ProgressCredit.requiredSeconds(AttemptMode.MEDIA, 600_000, 60, null, false));
        assertEquals(1, ProgressCredit.requiredSeconds(AttemptMode.MEDIA, 0, 60, null, false));
        assertEquals(60, ProgressCredit.requiredSeconds(AttemptMode.DOCUMENT, 0, 0, null, false));
        assertEquals(5, ProgressCredit.requiredSeconds(AttemptMode.DOCUMENT, 0, 5, 2, false));
        assertEquals(120, ProgressCredit.requiredSeconds(AttemptMode.DOCUMENT, 0, 60, 12, true));
        assertEquals(600, ProgressCredit.requiredSeconds(AttemptMode.DOCUMENT, 0, 60, 500, true));
    }
}
