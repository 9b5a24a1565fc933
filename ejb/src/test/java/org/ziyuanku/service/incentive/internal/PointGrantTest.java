package org.ziyuanku.service.incentive.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.ziyuanku.domain.incentive.PointAction;
import org.ziyuanku.domain.incentive.PointRule;

class PointGrantTest {

    private static final PointRule TIME = new PointRule(PointAction.LEARNING_TIME, 1, 300, 24);
    private static final PointRule ANSWER = new PointRule(PointAction.ANSWER_ACCEPTED, 10, null, 30);

    @Test
    void learningTimeEarnsForEveryWholeUnitTheDayCrosses() {
        assertEquals(new PointGrant(0, 0, 290), PointGrant.of(TIME, 0, 0, 290));
        assertEquals(new PointGrant(1, 1, 310), PointGrant.of(TIME, 0, 290, 20));
        assertEquals(new PointGrant(2, 2, 900), PointGrant.of(TIME, 1, 310, 590));
    }

    @Test
    void theDailyCapCutsTheGrantButTheSecondsStillCount() {
        assertEquals(new PointGrant(2, 1, 7500), PointGrant.of(TIME, 23, 6900, 600));
        assertEquals(new PointGrant(1, 0, 7800), PointGrant.of(TIME, 24, 7500, 300));
    }

    @Test
    void anOccurrenceEarnsTheRulesPointsUpToTheCap() {
        assertEquals(new PointGrant(10, 10, 0), PointGrant.of(ANSWER, 0, 0, 0));
        assertEquals(new PointGrant(10, 5, 0), PointGrant.of(ANSWER, 25, 0, 0));
        assertEquals(new PointGrant(10, 0, 0), PointGrant.of(ANSWER, 30, 0, 0));
    }

    @Test
    void negativeCreditsEarnNothing() {
        assertEquals(new PointGrant(0, 0, 100), PointGrant.of(TIME, 0, 100, -50));
    }
}
