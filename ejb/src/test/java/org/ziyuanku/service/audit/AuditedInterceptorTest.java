package org.ziyuanku.service.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ejb.EJBException;
import org.junit.jupiter.api.Test;
import org.ziyuanku.domain.audit.AuditOutcome;
import org.ziyuanku.service.review.ReviewRefusedException;
import org.ziyuanku.service.system.AccessDeniedException;
import org.ziyuanku.service.teaching.TeachingRefusedException;

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
    void concealedDenial_isDenied_whileAnUnknownId_isAFailure_bothAnsweredAsNotFound() {
        TeachingRefusedException hidden = TeachingRefusedException.concealedDenial();
        TeachingRefusedException unknown = TeachingRefusedException.notFound();
        assertEquals(AuditOutcome.DENIED, AuditedInterceptor.outcomeOf(hidden));
        assertEquals(AuditOutcome.FAILURE, AuditedInterceptor.outcomeOf(unknown));
        assertEquals(unknown.kind(), hidden.kind(), "the caller gets the same answer");
        assertEquals(unknown.getReasonKey(), hidden.getReasonKey());
    }

    @Test
    void wrappedRefusal_isLookedInto_anythingElse_isAFailureNamedByItsType() {
        assertEquals(AuditOutcome.DENIED, AuditedInterceptor.outcomeOf(new EJBException(
                new AccessDeniedException("no"))));
        assertEquals(AuditOutcome.FAILURE, AuditedInterceptor.outcomeOf(new IllegalStateException("boom")));
        assertEquals("IllegalStateException", AuditedInterceptor.detailOf(new IllegalStateException("boom")));
    }
}
