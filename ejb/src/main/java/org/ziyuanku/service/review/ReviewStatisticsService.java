package org.ziyuanku.service.review;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.ziyuanku.service.identity.Caller;
import org.ziyuanku.service.review.internal.ReviewStatisticsRepository;

/**
 * Review statistics (审核统计; runs in the OIDC virtual security domain) over the libraries the caller administers,
 * or every library for a national administrator: items waiting per level, waiting and decision times, and why items
 * were returned. Reviewers without a library to administer see nothing.
 */
@Stateless
@PermitAll
public class ReviewStatisticsService {

    @Inject
    private Caller caller;

    @Inject
    private ReviewStatisticsRepository statistics;

    /** The statistics of one library the caller administers (or all of theirs when {@code libraryId} is null). */
    public ReviewStatisticsView statistics(Long libraryId) {
        Optional<List<Long>> managed = caller.administeredLibraries();
        Optional<List<Long>> scope = libraryId == null ? managed
                : Optional.of(managed.map(ids -> ids.contains(libraryId) ? List.of(libraryId) : List.<Long>of())
                        .orElse(List.of(libraryId)));
        if (scope.isPresent() && scope.get().isEmpty()) {
            return new ReviewStatisticsView(List.of(), List.of(), List.of(), 0, 0);
        }
        return statistics.over(scope);
    }
}
