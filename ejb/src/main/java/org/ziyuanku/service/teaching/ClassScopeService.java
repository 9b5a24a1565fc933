package org.ziyuanku.service.teaching;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.ziyuanku.domain.audit.AuditOutcome;
import org.ziyuanku.service.audit.AuditTarget;
import org.ziyuanku.service.audit.Audited;
import org.ziyuanku.service.teaching.internal.QuestionAudience;

/**
 * The class scope of the {@code /api/v1/classes/{id}/…} paths (notices, discussions, homework, votes, surveys): the
 * class's offering, for the class's staff (the offering's owner included) and its ACTIVE learners. Anyone else, staff
 * or learner of another class of the same offering included, gets 404 and a denial in the audit trail; what they may
 * then do in the offering is the offering services' rule.
 */
@Stateless
@PermitAll
public class ClassScopeService {

    @Inject
    private QuestionAudience audience;

    /** The class's offering, when the caller is its staff or ACTIVE learner (else 404, audited). */
    @Audited(action = "CLASS_SCOPE", outcomes = {AuditOutcome.DENIED, AuditOutcome.FAILURE})
    public long offeringOf(@AuditTarget("class:") long classId) {
        return audience.ofClass(classId).courseClass().getOffering().getId();
    }
}
