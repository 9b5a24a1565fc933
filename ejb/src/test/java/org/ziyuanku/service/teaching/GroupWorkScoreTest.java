package org.ziyuanku.service.teaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class GroupWorkScoreTest {

    @Test
    void aMembersScore_isTheGroupScorePlusTheAdjustment_withinZeroAndTheMaximum() {
        assertEquals(new BigDecimal("6.00"), GroupWorkService.score(new BigDecimal("8"), new BigDecimal("-2"), 10));
        assertEquals(new BigDecimal("8.00"), GroupWorkService.score(new BigDecimal("8"), null, 10));
        assertEquals(new BigDecimal("10.00"), GroupWorkService.score(new BigDecimal("9.5"), new BigDecimal("3"), 10));
        assertEquals(new BigDecimal("0.00"), GroupWorkService.score(new BigDecimal("1"), new BigDecimal("-5"), 10));
        assertNull(GroupWorkService.score(null, new BigDecimal("2"), 10));
    }
}
