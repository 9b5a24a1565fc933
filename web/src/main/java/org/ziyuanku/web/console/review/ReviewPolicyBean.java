package org.ziyuanku.web.console.review;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.omnifaces.util.Messages;
import org.ziyuanku.domain.review.ReviewerRule;
import org.ziyuanku.service.system.AccessDeniedException;
import org.ziyuanku.service.review.ReviewPolicyService;
import org.ziyuanku.service.review.ReviewPolicyView;
import org.ziyuanku.service.system.RefusedException;
import org.ziyuanku.web.faces.RequestParameters;

/**
 * A library's review levels (console/review/policy.xhtml?library=…) for its administrators: up to three levels, each
 * decided by one kind of reviewer ({@code level1} … {@code level3}, an empty choice ends the list).
 */
@Named
@RequestScoped
public class ReviewPolicyBean {

    @EJB
    private ReviewPolicyService policies;

    private ReviewPolicyView policy;

    public void load() {
        long library = RequestParameters.id("library");
        try {
            policy = library > 0 ? policies.policy(library) : null;
        } catch (RefusedException e) {
            Messages.addGlobalError(e.getReasonKey(), e.getReasonArgs());
        } catch (AccessDeniedException e) {
            Messages.addGlobalError("review.policy.forbidden");
        }
    }

    /** Saves the posted levels. */
    public void save() {
        if (policy == null || RequestParameters.posted("save") == null) {
            return;
        }
        List<ReviewerRule> rules = new ArrayList<>();
        for (int level = 1; level <= 3; level++) {
            String rule = RequestParameters.get("level" + level);
            List.of(ReviewerRule.values()).stream().filter(r -> r.name().equals(rule)).findFirst().ifPresent(rules::add);
        }
        try {
            policy = policies.configure(policy.libraryId(), rules);
            Messages.addGlobalInfo("review.policy.saved");
        } catch (RefusedException e) {
            Messages.addGlobalError(e.getReasonKey(), e.getReasonArgs());
        } catch (AccessDeniedException e) {
            Messages.addGlobalError("review.policy.forbidden");
        }
    }

    /** The rule of level {@code level} (1-based), or null. */
    public ReviewerRule ruleAt(int level) {
        return policy == null || level > policy.levels().size() ? null : policy.levels().get(level - 1);
    }

    public List<ReviewerRule> getRules() {
        return List.of(ReviewerRule.values());
    }

    public ReviewPolicyView getPolicy() {
        return policy;
    }
}
