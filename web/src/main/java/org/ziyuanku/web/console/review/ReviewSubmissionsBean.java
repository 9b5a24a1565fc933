package org.ziyuanku.web.console.review;

import jakarta.ejb.EJB;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import jakarta.faces.view.ViewScoped;
import org.omnifaces.util.Messages;
import org.ziyuanku.service.resource.ResourceNotFoundException;
import org.ziyuanku.service.review.ReviewSubjectNames;
import org.ziyuanku.service.review.ReviewSubmissionService;
import org.ziyuanku.service.review.ReviewSubmissionView;
import org.ziyuanku.service.system.AccessDeniedException;
import org.ziyuanku.service.system.RefusedException;

/**
 * "My submissions" (console/review/submissions.xhtml): the caller's submissions with status, level and the reviewers'
 * reasons; one under review can be withdrawn, one returned can be fixed and sent again, by the buttons of its row.
 */
@Named
@ViewScoped
public class ReviewSubmissionsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ReviewSubmissionService submissions;

    private transient List<ReviewSubmissionView> mine;
    private transient Set<Long> latest;

    public void load() {
        mine = submissions.mine();
        Set<Long> seen = new HashSet<>();
        latest = mine.stream().filter(s -> seen.add(s.subjectId())).map(ReviewSubmissionView::submissionId)
                .collect(Collectors.toSet());
    }

    /** Whether this is the newest submission of its item: only that one can be withdrawn or sent again. */
    public boolean latest(ReviewSubmissionView submission) {
        getMine();
        return latest.contains(submission.submissionId());
    }

    /** Withdraws the item from review. */
    public void withdraw(long subjectId) {
        try {
            submissions.withdraw(ReviewSubjectNames.RESOURCE, subjectId);
            Messages.addGlobalInfo("review.submissions.withdrawn");
        } catch (RefusedException e) {
            Messages.addGlobalError(e.getReasonKey(), e.getReasonArgs());
        } catch (AccessDeniedException | ResourceNotFoundException e) {
            Messages.addGlobalError("resource.mine.forbidden");
        }
        load();
    }

    /** Sends the item (or its new version) for review again. */
    public void resubmit(long itemId) {
        try {
            submissions.submit(ReviewSubjectNames.RESOURCE, itemId);
            Messages.addGlobalInfo("review.submissions.resubmitted");
        } catch (RefusedException e) {
            Messages.addGlobalError(e.getReasonKey(), e.getReasonArgs());
        } catch (AccessDeniedException | ResourceNotFoundException e) {
            Messages.addGlobalError("resource.mine.forbidden");
        }
        load();
    }

    public List<ReviewSubmissionView> getMine() {
        if (mine == null) {
            load();
        }
        return mine;
    }
}
