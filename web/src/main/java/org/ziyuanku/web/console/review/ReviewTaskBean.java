package org.ziyuanku.web.console.review;

import jakarta.ejb.EJB;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import jakarta.faces.view.ViewScoped;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.ziyuanku.domain.review.ReviewDecision;
import org.ziyuanku.domain.review.ReviewedField;
import org.ziyuanku.service.resource.ResourceNotFoundException;
import org.ziyuanku.service.review.DecideReviewCommand;
import org.ziyuanku.service.review.ReviewDecisionService;
import org.ziyuanku.service.review.ReviewDecisionView;
import org.ziyuanku.service.review.ReviewTaskDetailView;
import org.ziyuanku.service.system.RefusedException;
import org.ziyuanku.web.faces.RefusalMessages;

/**
 * One review task (console/review/task.xhtml?id=…): the content to look at, the texts with flagged sensitive words
 * marked, and the decision with a comment and reasons per field. The decision applies to the task version and metadata
 * the page showed the reviewer, as remembered with the view; a caller who may not review it gets the 403 page.
 */
@Named
@ViewScoped
public class ReviewTaskBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ReviewDecisionService decisions;

    private Long id;
    private transient ReviewTaskDetailView detail;
    private Integer versionShown;
    private String metadataShown;
    private ReviewDecisionView decided;
    private String comment;
    private final Map<ReviewedField, String> reasons = new EnumMap<>(ReviewedField.class);

    /** Reads the task; one the caller may not review ends in the 403 page, one that is gone shows "no task". */
    public void load() {
        try {
            detail = id != null && id > 0 ? decisions.task(id) : null;
        } catch (RefusedException | ResourceNotFoundException e) {
            detail = null;
        }
        if (detail != null && versionShown == null) {
            versionShown = detail.task().taskVersion();
            metadataShown = detail.task().metadataSha256();
        }
    }

    public void approve() {
        decide(ReviewDecision.APPROVE);
    }

    public void reject() {
        decide(ReviewDecision.REJECT);
    }

    private void decide(ReviewDecision decision) {
        if (getDetail() == null || decided != null) {
            return;
        }
        reasons.values().removeIf(reason -> reason == null || reason.isBlank());
        RefusalMessages.changeOrForbidden(() -> {
            decided = decisions.decide(new DecideReviewCommand(id, decision, comment, new EnumMap<>(reasons),
                    versionShown, metadataShown));
            Messages.addGlobalInfo("review.task.decided." + decided.status());
        }, null, "review.queue.forbidden");
        load();
    }

    public String contentUrl(String what) {
        return Faces.getRequestContextPath() + "/api/v1/reviews/tasks/" + id + "/" + what;
    }

    public List<ReviewedField> getFields() {
        return List.of(ReviewedField.values());
    }

    public ReviewTaskDetailView getDetail() {
        if (detail == null && id != null && versionShown != null) {
            load();
        }
        return detail;
    }

    public ReviewDecisionView getDecided() {
        return decided;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public Map<ReviewedField, String> getReasons() {
        return reasons;
    }
}
