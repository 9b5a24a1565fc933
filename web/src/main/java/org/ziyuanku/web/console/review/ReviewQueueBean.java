package org.ziyuanku.web.console.review;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Messages;
import org.ziyuanku.domain.resource.ResourceKind;
import org.ziyuanku.domain.review.ReviewDecision;
import org.ziyuanku.service.system.AccessDeniedException;
import org.ziyuanku.service.review.DecideReviewCommand;
import org.ziyuanku.service.review.ReviewDecisionService;
import org.ziyuanku.service.review.ReviewQueueQuery;
import org.ziyuanku.service.review.ReviewTaskView;
import org.ziyuanku.service.system.RefusedException;
import org.ziyuanku.web.faces.RequestParameters;

/**
 * A reviewer's queue (console/review/queue.xhtml?library=&level=&kind=&course=&waitingHours=): the open tasks of the
 * levels they may decide, longest waiting first, with an inline look at images, audio and video; ticked tasks are
 * approved or rejected together with one comment ({@code act} = approve or reject, each task posting the version the
 * reviewer saw as {@code v<id>}).
 */
@Named
@RequestScoped
public class ReviewQueueBean {

    @EJB
    private ReviewDecisionService decisions;

    private List<ReviewTaskView> tasks;
    private Map<Long, String> libraries;

    public void load() {
        String kind = RequestParameters.get("kind");
        tasks = decisions.queue(new ReviewQueueQuery(positive(RequestParameters.id("library")),
                RequestParameters.integer("level"), kinds().stream().map(Enum::name).filter(k -> k.equals(kind))
                        .findFirst().orElse(null), RequestParameters.get("course"),
                RequestParameters.integer("waitingHours")));
    }

    /** Decides the ticked tasks, each in its own transaction, and says how many were decided and which were not. */
    public void apply() {
        String act = RequestParameters.posted("act");
        List<Long> ids = RequestParameters.ids("task");
        if (act == null) {
            return;
        }
        if (ids.isEmpty()) {
            Messages.addGlobalWarn("review.queue.noneSelected");
            return;
        }
        ReviewDecision decision = "approve".equals(act) ? ReviewDecision.APPROVE : ReviewDecision.REJECT;
        int decided = 0;
        for (long id : ids) {
            try {
                decisions.decide(new DecideReviewCommand(id, decision, RequestParameters.get("comment"), Map.of(),
                        RequestParameters.integer("v" + id), null));
                decided++;
            } catch (RefusedException e) {
                Messages.addGlobalError(e.getReasonKey(), e.getReasonArgs());
            } catch (AccessDeniedException e) {
                Messages.addGlobalError("review.queue.forbidden");
            }
        }
        if (decided > 0) {
            Messages.addGlobalInfo("review.queue.done." + act, decided);
        }
        load();
    }

    private static Long positive(long id) {
        return id > 0 ? id : null;
    }

    /** The libraries the caller has something to review in, by id, for the library filter. */
    public Map<Long, String> getLibraries() {
        if (libraries == null) {
            libraries = decisions.queueLibraries();
        }
        return libraries;
    }

    public List<ResourceKind> kinds() {
        return List.of(ResourceKind.values());
    }

    public List<ReviewTaskView> getTasks() {
        return tasks;
    }
}
