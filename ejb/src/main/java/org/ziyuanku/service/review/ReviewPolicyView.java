package org.ziyuanku.service.review;

import java.io.Serializable;
import java.util.List;
import org.ziyuanku.domain.review.ReviewerRule;

/** A library's review levels, level 1 first; {@code configured} is false while the platform's default applies. */
public record ReviewPolicyView(long libraryId, String libraryName, List<ReviewerRule> levels, boolean configured)
        implements Serializable {
}
