package org.ziyuanku.web.console.review;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.omnifaces.util.Messages;
import org.ziyuanku.service.system.AccessDeniedException;
import org.ziyuanku.service.resource.ResourceNotFoundException;
import org.ziyuanku.service.review.ReviewModerationService;
import org.ziyuanku.service.review.ReviewSubjectNames;
import org.ziyuanku.service.system.RefusedException;
import org.ziyuanku.web.faces.RequestParameters;

/**
 * Taking a published resource down (console/review/take-down.xhtml?id=…) for its library's administrators: a reason
 * is required and goes into the review record; the resource is hidden until it passes review again.
 */
@Named
@RequestScoped
public class ReviewTakeDownBean {

    @EJB
    private ReviewModerationService moderation;

    private boolean done;

    /** Takes the resource down when the form was sent ({@code takeDown} pressed with a {@code reason}). */
    public void apply() {
        long id = RequestParameters.id("id");
        if (id < 0 || RequestParameters.posted("takeDown") == null) {
            return;
        }
        try {
            moderation.takeDown(ReviewSubjectNames.RESOURCE, id, RequestParameters.get("reason"));
            done = true;
            Messages.addGlobalInfo("review.takeDown.done");
        } catch (RefusedException e) {
            Messages.addGlobalError(e.getReasonKey(), e.getReasonArgs());
        } catch (AccessDeniedException | ResourceNotFoundException e) {
            Messages.addGlobalError("review.takeDown.forbidden");
        }
    }

    public boolean isDone() {
        return done;
    }
}
