package org.ziyuanku.web.console.review;

import jakarta.ejb.EJB;
import jakarta.inject.Named;
import java.io.Serializable;
import jakarta.faces.view.ViewScoped;
import org.omnifaces.util.Messages;
import org.ziyuanku.service.resource.ResourceNotFoundException;
import org.ziyuanku.service.review.ReviewModerationService;
import org.ziyuanku.service.review.ReviewSubjectNames;
import org.ziyuanku.service.system.AccessDeniedException;
import org.ziyuanku.service.system.RefusedException;

/**
 * Taking a published resource down (console/review/take-down.xhtml?id=…) with a reason, by an administrator of its
 * library: the id comes with the page, the reason with the page's own form.
 */
@Named
@ViewScoped
public class ReviewTakeDownBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ReviewModerationService moderation;

    private Long id;
    private String reason;
    private boolean done;

    /** Takes the resource down with the reason given. */
    public void takeDown() {
        if (id == null || done) {
            return;
        }
        try {
            moderation.takeDown(ReviewSubjectNames.RESOURCE, id, reason);
            done = true;
            Messages.addGlobalInfo("review.takeDown.done");
        } catch (RefusedException e) {
            Messages.addGlobalError(e.getReasonKey(), e.getReasonArgs());
        } catch (AccessDeniedException | ResourceNotFoundException e) {
            Messages.addGlobalError("review.takeDown.forbidden");
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public boolean isDone() {
        return done;
    }
}
