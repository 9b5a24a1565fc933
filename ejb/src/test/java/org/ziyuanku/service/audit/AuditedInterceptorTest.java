package org.ziyuanku.service.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ejb.EJBException;
import org.junit.jupiter.api.Test;
import org.ziyuanku.domain.audit.AuditOutcome;
import org.ziyuanku.service.review.ReviewRefusedException;
import org.ziyuanku.service.system.AccessDeniedException;

class AuditedInterceptorTest {

    @Test
    void accessDenied_isDenied_withItsMessage() {
        AccessDeniedException e = new AccessDeniedException("teacher does not administer library 53");
        assertEquals(AuditOutcome.DENIED, AuditedInterceptor.outcomeOf(e));
        assertEquals("teacher does not administer library 53", AuditedInterceptor.detailOf(e));
    }

    @Test
    void forbiddenRefusal_isDenied_otherRefusals_failures_withTheirReasonKey() {
        ReviewRefusedException own = new ReviewRefusedException("review.refused.ownItem");
        ReviewRefusedException levels = new ReviewRefusedException("review.refused.levels", "3");
        assertEquals(AuditOutcome.DENIED, AuditedInterceptor.outcomeOf(own));
        assertEquals(AuditOutcome.FAILURE, AuditedInterceptor.outcomeOf(levels));
        assertEquals("review.refused.levels", AuditedInterceptor.detailOf(levels));
    }

    @Test
    void wrappedRefusal_isLookedInto_anythingElse_isAFailureNamedByItsType() {
        assertEquals(AuditOutcome.DENIED, AuditedInterceptor.outcomeOf(new EJBException(
                new AccessDeniedException("no"))));
        assertEquals(AuditOutcome.FAILURE, AuditedInterceptor.outcomeOf(new IllegalStateException("boom")));
        assertEquals("IllegalStateException", AuditedInterceptor.detailOf(new IllegalStateException("boom")));
    }
}
