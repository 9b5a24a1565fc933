package org.ziyuanku.service.review;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.ziyuanku.domain.review.ReviewActor;
import org.ziyuanku.domain.review.ReviewedItem;
import org.ziyuanku.service.audit.Audited;
import org.ziyuanku.service.audit.AuditedCall;
import org.ziyuanku.service.identity.Caller;
import org.ziyuanku.service.system.AccessDeniedException;
import org.ziyuanku.service.review.internal.ReviewEngine;
import org.ziyuanku.service.review.internal.ReviewSubjects;

/**
 * Taking a published item down (下架; runs in the OIDC virtual security domain): its library's administrators may, with
 * a reason that goes into the review record; it is hidden from learners until it passes review again.
 */
@Stateless
@PermitAll
public class ReviewModerationService {

    static final int MAX_REASON = 2000;

    @Inject
    private Caller caller;

    @Inject
    private ReviewSubjects subjects;

    @Inject
    private ReviewEngine engine;

    @Inject
    private AuditedCall audited;

    /**
     * Takes the published item down. Audited as {@code REVIEW_TAKE_DOWN}.
     *
     * @throws ReviewRefusedException {@code review.refused.reasonRequired} without a reason
     * @throws AccessDeniedException when the caller does not administer the item's library
     */
    @Audited(action = "REVIEW_TAKE_DOWN")
    public void takeDown(String type, long itemId, String reason) {
        if (reason == null || reason.isBlank() || reason.strip().length() > MAX_REASON) {
            throw new ReviewRefusedException("review.refused.reasonRequired");
        }
        ReviewableVersion published = subjects.of(type).toTakeDown(itemId);
        engine.takeDown(published, new ReviewActor(caller.username(), caller.displayName(), role(),
                caller.organisationName()), reason);
        ReviewedItem item = published.item();
        audited.on(ReviewSubmissionService.scope(item), ReviewSubmissionService.target(item));
        audited.detail(reason.strip());
    }

    private String role() {
        return caller.holdsRole("library-admin") ? "library-admin" : "national-admin";
    }
}
