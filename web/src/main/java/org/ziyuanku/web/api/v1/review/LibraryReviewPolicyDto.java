package org.ziyuanku.web.api.v1.review;

import java.util.List;
import org.ziyuanku.domain.review.ReviewerRule;
import org.ziyuanku.service.review.ReviewPolicyView;

/**
 * The answer of {@code /api/v1/libraries/{id}/review-policy}: the library, its levels as rule names, level 1 first, and
 * whether its administrators set them ({@code false} while the platform's default applies).
 */
public record LibraryReviewPolicyDto(long libraryId, String libraryName, List<String> levels, boolean configured) {

    public static LibraryReviewPolicyDto of(ReviewPolicyView v) {
        return new LibraryReviewPolicyDto(v.libraryId(), v.libraryName(), v.levels().stream().map(ReviewerRule::name)
                .toList(), v.configured());
    }
}
