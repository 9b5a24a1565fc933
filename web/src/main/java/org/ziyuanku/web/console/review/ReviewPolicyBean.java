package org.ziyuanku.web.console.review;

import jakarta.ejb.EJB;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import jakarta.faces.view.ViewScoped;
import org.ziyuanku.domain.review.ReviewerRule;
import org.ziyuanku.service.review.ReviewPolicyService;
import org.ziyuanku.service.review.ReviewPolicyView;
import org.ziyuanku.web.faces.RefusalMessages;

/**
 * A library's review levels (console/review/policy.xhtml?library=…) for its administrators: up to three levels, each
 * decided by one kind of reviewer; an empty choice ends the list.
 */
@Named
@ViewScoped
public class ReviewPolicyBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int LEVELS = 3;
    private static final String FORBIDDEN = "review.policy.forbidden";

    @EJB
    private ReviewPolicyService policies;

    private Long library;
    private ReviewPolicyView policy;
    private final ReviewerRule[] levels = new ReviewerRule[LEVELS];

    public void load() {
        if (library == null || library <= 0) {
            return;
        }
        RefusalMessages.changeOrForbidden(() -> show(policies.policy(library)), null, FORBIDDEN);
    }

    /** Opens another library's policy: a fresh GET of the page. */
    public String open() {
        return "/console/review/policy?faces-redirect=true&includeViewParams=true";
    }

    /** Saves the chosen levels. */
    public void save() {
        if (policy == null) {
            return;
        }
        List<ReviewerRule> rules = new ArrayList<>(Arrays.stream(levels).takeWhile(Objects::nonNull).toList());
        RefusalMessages.changeOrForbidden(() -> show(policies.configure(policy.libraryId(), rules)),
                "review.policy.saved", FORBIDDEN);
    }

    private void show(ReviewPolicyView view) {
        policy = view;
        for (int i = 0; i < LEVELS; i++) {
            levels[i] = i < view.levels().size() ? view.levels().get(i) : null;
        }
    }

    public List<ReviewerRule> getRules() {
        return List.of(ReviewerRule.values());
    }

    public ReviewerRule[] getLevels() {
        return levels;
    }

    public ReviewPolicyView getPolicy() {
        return policy;
    }

    public Long getLibrary() {
        return library;
    }

    public void setLibrary(Long library) {
        this.library = library;
    }
}
