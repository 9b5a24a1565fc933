package org.ziyuanku.web.console.review;

import jakarta.ejb.EJB;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jakarta.faces.view.ViewScoped;
import org.omnifaces.util.Messages;
import org.ziyuanku.domain.resource.ResourceKind;
import org.ziyuanku.domain.review.ReviewDecision;
import org.ziyuanku.service.review.DecideReviewCommand;
import org.ziyuanku.service.review.ReviewDecisionService;
import org.ziyuanku.service.review.ReviewQueueQuery;
import org.ziyuanku.service.review.ReviewTaskPage;
import org.ziyuanku.service.review.ReviewTaskView;
import org.ziyuanku.web.faces.RefusalMessages;

/**
 * A reviewer's queue (console/review/queue.xhtml?library=&level=&kind=&course=&waitingHours=&page=&size=): one page of
 * the open tasks of the levels they may decide, longest waiting first, with an inline look at images, audio and video
 * and the total; the tasks selected on the page are approved or rejected together with one comment, each at the version
 * the page showed the reviewer, and the same page of the same filter is shown again.
 */
@Named
@ViewScoped
public class ReviewQueueBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ReviewDecisionService decisions;

    private final ReviewQueueFilter filter = new ReviewQueueFilter();
    private final Map<Long, Integer> versionsShown = new HashMap<>();
    private transient ReviewTaskPage page;
    private transient Map<Long, String> libraries;
    private transient List<ReviewTaskView> selected = new ArrayList<>();
    private String comment;

    /** Reads the page of the queue as the filter stands and remembers each task's version as shown. */
    public void load() {
        page = decisions.queuePage(new ReviewQueueQuery(filter.getLibrary(), filter.getLevel(), filter.kindName(),
                filter.getCourse(), filter.getWaitingHours()), filter.pageNumber(), filter.pageSize());
        versionsShown.clear();
        page.items().forEach(t -> versionsShown.put(t.taskId(), t.taskVersion()));
    }

    /** The filter is applied by a fresh GET of its first page with its parameters (bookmarkable, no state changed). */
    public String filter() {
        filter.setPage(null);
        return "/console/review/queue?faces-redirect=true&includeViewParams=true";
    }

    public void approve() {
        decideSelected(ReviewDecision.APPROVE, "approve");
    }

    public void reject() {
        decideSelected(ReviewDecision.REJECT, "reject");
    }

    /** Decides the selected tasks, each in its own transaction, and says how many were decided and which were not. */
    private void decideSelected(ReviewDecision decision, String act) {
        if (selected == null || selected.isEmpty()) {
            Messages.addGlobalWarn("review.queue.noneSelected");
            return;
        }
        int decided = 0;
        for (ReviewTaskView task : selected) {
            if (RefusalMessages.changeOrForbidden(() -> decisions.decide(new DecideReviewCommand(task.taskId(),
                    decision, comment, Map.of(), versionsShown.get(task.taskId()), null)), null,
                    "review.queue.forbidden")) {
                decided++;
            }
        }
        if (decided > 0) {
            Messages.addGlobalInfo("review.queue.done." + act, decided);
        }
        comment = null;
        selected = new ArrayList<>();
        load();
    }

    /** The libraries the caller has something to review in, by id, for the library filter. */
    public Map<Long, String> getLibraries() {
        if (libraries == null) {
            libraries = decisions.queueLibraries();
        }
        return libraries;
    }

    /** The review levels a policy can have, for the level filter. */
    public List<Integer> getLevels() {
        return List.of(1, 2, 3);
    }

    public List<ResourceKind> getKinds() {
        return List.of(ResourceKind.values());
    }

    public List<ReviewTaskView> getTasks() {
        return getPage().items();
    }

    /** The page shown: its tasks, its number (from zero), the page size and the total of the filter. */
    public ReviewTaskPage getPage() {
        if (page == null) {
            load();
        }
        return page;
    }

    /** The page sizes a reviewer may choose. */
    public List<Integer> getSizes() {
        return ReviewQueueFilter.SIZES;
    }

    public ReviewQueueFilter getFilter() {
        return filter;
    }

    public List<ReviewTaskView> getSelected() {
        return selected;
    }

    public void setSelected(List<ReviewTaskView> selected) {
        this.selected = selected;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
