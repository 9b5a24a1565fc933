package org.ziyuanku.web.console.review;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Messages;
import org.ziyuanku.domain.review.ReviewDecision;
import org.ziyuanku.domain.review.ReviewedField;
import org.ziyuanku.service.system.AccessDeniedException;
import org.ziyuanku.service.resource.ResourceNotFoundException;
import org.ziyuanku.service.review.DecideReviewCommand;
import org.ziyuanku.service.review.ReviewDecisionService;
import org.ziyuanku.service.review.ReviewDecisionView;
import org.ziyuanku.service.review.ReviewTaskDetailView;
import org.ziyuanku.service.system.RefusedException;
import org.ziyuanku.web.faces.RequestParameters;

/**
 * One review task (console/review/task.xhtml?id=…): the content to look at, the texts with flagged sensitive words
 * marked, and the decision with a comment and reasons per field ({@code reason_TITLE} …). The form posts plain
 * parameters with the task version and metadata hash the reviewer saw, applied by a postback view action.
 */
@Named
@RequestScoped
public class ReviewTaskBean {

    @EJB
    private ReviewDecisionService decisions;

    private long id;
    private ReviewTaskDetailView detail;
    private ReviewDecisionView decided;

    public void load() {
        id = RequestParameters.id("id");
        try {
            detail = id > 0 ? decisions.task(id) : null;
        } catch (RefusedException | ResourceNotFoundException e) {
            detail = null;
        } catch (AccessDeniedException e) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(HttpServletResponse.SC_FORBIDDEN);
            Messages.addGlobalError("review.queue.forbidden");
        }
    }

    /** Decides the task as posted ({@code decision} = APPROVE or REJECT). */
    public void decide() {
        String decision = RequestParameters.posted("decision");
        if (detail == null || decision == null) {
            return;
        }
        Map<ReviewedField, String> reasons = new EnumMap<>(ReviewedField.class);
        for (ReviewedField field : ReviewedField.values()) {
            String reason = RequestParameters.get("reason_" + field.name());
            if (reason != null) {
                reasons.put(field, reason);
            }
        }
        try {
            decided = decisions.decide(new DecideReviewCommand(id, "APPROVE".equals(decision) ? ReviewDecision.APPROVE
                    : ReviewDecision.REJECT, RequestParameters.get("comment"), reasons,
                    RequestParameters.integer("version"), RequestParameters.get("metadataSha256")));
            Messages.addGlobalInfo("review.task.decided." + decided.status());
        } catch (RefusedException e) {
            Messages.addGlobalError(e.getReasonKey(), e.getReasonArgs());
        } catch (AccessDeniedException e) {
            Messages.addGlobalError("review.queue.forbidden");
        }
    }

    public String contentUrl(String what) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/api/v1/reviews/tasks/"
                + id + "/" + what;
    }

    public List<ReviewedField> getFields() {
        return List.of(ReviewedField.values());
    }

    public ReviewTaskDetailView getDetail() {
        return detail;
    }

    public ReviewDecisionView getDecided() {
        return decided;
    }
}
