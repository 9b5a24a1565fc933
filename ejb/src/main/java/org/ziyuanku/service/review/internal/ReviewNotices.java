package org.ziyuanku.service.review.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ziyuanku.domain.library.ResourceLibrary;
import org.ziyuanku.domain.review.ReviewSubmission;
import org.ziyuanku.domain.review.ReviewTask;
import org.ziyuanku.domain.review.ReviewedItem;
import org.ziyuanku.domain.review.ReviewerRule;
import org.ziyuanku.service.identity.Accounts;
import org.ziyuanku.service.library.Libraries;
import org.ziyuanku.service.system.NotificationCommand;
import org.ziyuanku.service.system.PageRoute;
import org.ziyuanku.service.system.Notifier;

/**
 * Tells people what waits for them: a level's reviewers when an item reaches their level (never its author), and
 * the author when their item is approved at a level, published, returned or taken down. In the platform and by
 * e-mail, in the caller's transaction (nothing is sent when it rolls back). The pages are named by route (the queue,
 * the author's submissions); the web module knows their paths.
 */
@ApplicationScoped
public class ReviewNotices {

    static final PageRoute QUEUE = PageRoute.of("review.queue");
    static final PageRoute SUBMISSIONS = PageRoute.of("review.submissions");

    @Inject
    private Notifier notifier;

    @Inject
    private Accounts grants;

    @Inject
    private Libraries libraries;

    /** The task's level waits for its reviewers. */
    public void waiting(ReviewSubmission submission, ReviewTask task) {
        ReviewedItem item = submission.item();
        Set<Long> reviewers = new HashSet<>(reviewersOf(task.getRule(), item));
        reviewers.remove(submission.getAuthor().getId());
        reviewers.remove(item.ownerId());
        if (!reviewers.isEmpty()) {
            notifier.notify(new NotificationCommand(reviewers, "notification.review.waiting",
                    List.of(item.title(), libraryName(item), String.valueOf(task.getLevelNo())), QUEUE));
        }
    }

    /** Tells the author something about their submission ({@code notification.review.*} with its arguments). */
    public void author(ReviewSubmission submission, String key, String... args) {
        Set<Long> authors = new HashSet<>(List.of(submission.getAuthor().getId(), submission.item().ownerId()));
        notifier.notify(new NotificationCommand(authors, key, List.of(args), SUBMISSIONS));
    }

    private List<Long> reviewersOf(ReviewerRule rule, ReviewedItem item) {
        Long scope = rule.scopeIdFor(item.libraryId(), item.unitId(), item.hostUnitId());
        return scope == null ? List.of() : grants.holderIds(rule.role().roleName(), rule.scopeType(), scope);
    }

    private String libraryName(ReviewedItem item) {
        ResourceLibrary library = libraries.find(item.libraryId());
        return library == null ? "" : library.getName();
    }
}
