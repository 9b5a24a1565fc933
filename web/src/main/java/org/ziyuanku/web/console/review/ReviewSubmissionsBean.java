package org.ziyuanku.web.console.review;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.omnifaces.util.Messages;
import org.ziyuanku.service.system.AccessDeniedException;
import org.ziyuanku.service.resource.ResourceNotFoundException;
import org.ziyuanku.service.review.ReviewSubjectNames;
import org.ziyuanku.service.review.ReviewSubmissionService;
import org.ziyuanku.service.review.ReviewSubmissionView;
import org.ziyuanku.service.system.RefusedException;
import org.ziyuanku.web.faces.RequestParameters;

/**
 * "My submissions" (console/review/submissions.xhtml): the caller's submissions with status, level and the reviewers'
 * reasons; one under review can be withdrawn, one returned can be fixed and sent again. Buttons travel as plain
 * request parameters ({@code withdraw} or {@code resubmit} = the item's id), applied by a postback view action.
 */
@Named
@RequestScoped
public class ReviewSubmissionsBean {

    @EJB
    private ReviewSubmissionService submissions;

    private List<ReviewSubmissionView> mine;
    private Set<Long> latest;

    public void load() {
        mine = submissions.mine();
        Set<Long> seen = new HashSet<>();
        latest = mine.stream().filter(s -> seen.add(s.subjectId())).map(ReviewSubmissionView::submissionId)
                .collect(Collectors.toSet());
    }

    /** Whether this is the newest submission of its item: only that one can be withdrawn or sent again. */
    public boolean latest(ReviewSubmissionView submission) {
        return latest.contains(submission.submissionId());
    }

    /** Applies the pressed button, on a real postback only. */
    public void apply() {
        long withdraw = RequestParameters.postedId("withdraw");
        long resubmit = RequestParameters.postedId("resubmit");
        if (withdraw < 0 && resubmit < 0) {
            return;
        }
        try {
            if (withdraw > 0) {
                submissions.withdraw(ReviewSubjectNames.RESOURCE, withdraw);
                Messages.addGlobalInfo("review.submissions.withdrawn");
            } else {
                submissions.submit(ReviewSubjectNames.RESOURCE, resubmit);
                Messages.addGlobalInfo("review.submissions.resubmitted");
            }
        } catch (RefusedException e) {
            Messages.addGlobalError(e.getReasonKey(), e.getReasonArgs());
        } catch (AccessDeniedException | ResourceNotFoundException e) {
            Messages.addGlobalError("resource.mine.forbidden");
        }
        load();
    }

    public List<ReviewSubmissionView> getMine() {
        return mine;
    }
}
