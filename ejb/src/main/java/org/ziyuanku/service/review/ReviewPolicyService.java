package org.ziyuanku.service.review;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import org.ziyuanku.domain.audit.AuditOutcome;
import org.ziyuanku.domain.library.ResourceLibrary;
import org.ziyuanku.domain.review.ReviewLevel;
import org.ziyuanku.domain.review.ReviewerRule;
import org.ziyuanku.service.audit.AuditScope;
import org.ziyuanku.service.audit.AuditTarget;
import org.ziyuanku.service.audit.Audited;
import org.ziyuanku.service.audit.AuditedCall;
import org.ziyuanku.service.identity.Caller;
import org.ziyuanku.service.system.AccessDeniedException;
import org.ziyuanku.service.library.Libraries;
import org.ziyuanku.service.review.internal.ReviewLevelRepository;

/**
 * A library's review levels (分级审核; runs in the OIDC virtual security domain): one to three, each decided by one
 * kind of reviewer, set by the library's administrators. Items already under review keep the levels they started with.
 */
@Stateless
@PermitAll
public class ReviewPolicyService {

    @Inject
    private Caller caller;

    @Inject
    private ReviewLevelRepository levels;

    @Inject
    private Libraries libraries;

    @Inject
    private ReviewerLibraries reviewers;

    @Inject
    private AuditedCall audited;

    /**
     * The library's levels now, for its administrators and reviewers.
     *
     * @throws ReviewRefusedException {@code review.refused.noLibrary}
     * @throws AccessDeniedException for anyone else (audited as {@code REVIEW_POLICY_READ} DENIED)
     */
    @Audited(action = "REVIEW_POLICY_READ", outcomes = AuditOutcome.DENIED)
    public ReviewPolicyView policy(@AuditScope("library:") @AuditTarget("library:") long libraryId) {
        ResourceLibrary library = library(libraryId);
        if (!reviewers.reviews(library)) {
            String actor = caller.username();
            throw new AccessDeniedException(actor + " neither administers nor reviews for library " + libraryId);
        }
        return view(library);
    }

    private ReviewPolicyView view(ResourceLibrary library) {
        long libraryId = library.getId();
        List<ReviewerRule> configured = levels.configured(libraryId);
        return new ReviewPolicyView(libraryId, library.getName(), levels.levelsOf(libraryId), !configured.isEmpty());
    }

    /**
     * Sets the library's levels, level 1 first. Audited as {@code REVIEW_POLICY}.
     *
     * @throws ReviewRefusedException {@code review.refused.levels} for none, more than three or a rule given twice
     * @throws AccessDeniedException when the caller does not administer the library
     */
    @Audited(action = "REVIEW_POLICY")
    public ReviewPolicyView configure(@AuditScope("library:") @AuditTarget("library:") long libraryId,
            List<ReviewerRule> rules) {
        ResourceLibrary library = library(libraryId);
        String actor = caller.username();
        if (!caller.administersLibrary(libraryId)) {
            throw new AccessDeniedException(actor + " does not administer library " + libraryId);
        }
        if (rules.isEmpty() || rules.size() > ReviewLevel.MAX_LEVELS || rules.contains(null)
                || new HashSet<>(rules).size() != rules.size()) {
            throw new ReviewRefusedException("review.refused.levels", String.valueOf(ReviewLevel.MAX_LEVELS));
        }
        levels.replace(libraryId, rules);
        audited.detail(String.join(",", rules.stream().map(Enum::name).toList()));
        return view(library);
    }

    private ResourceLibrary library(long libraryId) {
        ResourceLibrary library = libraries.find(libraryId);
        if (library == null) {
            throw new ReviewRefusedException("review.refused.noLibrary", String.valueOf(libraryId));
        }
        return library;
    }
}
