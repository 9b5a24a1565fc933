package org.ziyuanku.service.review.internal;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ziyuanku.domain.review.ReviewTask;
import org.ziyuanku.domain.review.ReviewedItem;
import org.ziyuanku.domain.review.ReviewerRule;
import org.ziyuanku.service.identity.Caller;

/**
 * The review levels one caller may decide, from the grants they hold (each counted only while they hold its realm
 * role): for each reviewer rule, the scope ids (units or libraries) their grants name. A reviewer acts only within
 * these scopes.
 */
public final class ReviewerScopes {

    private final Map<ReviewerRule, Set<Long>> scopes;

    private ReviewerScopes(Map<ReviewerRule, Set<Long>> scopes) {
        this.scopes = scopes;
    }

    /** The scopes the caller's grants give, for every rule. */
    public static ReviewerScopes of(Caller caller) {
        Map<ReviewerRule, Set<Long>> scopes = new EnumMap<>(ReviewerRule.class);
        for (ReviewerRule rule : ReviewerRule.values()) {
            Set<Long> ids = caller.grants().stream().filter(g -> g.role() == rule.role()
                    && g.scopeType() == rule.scopeType()).map(Caller.Grant::scopeId).collect(Collectors.toSet());
            if (!ids.isEmpty()) {
                scopes.put(rule, ids);
            }
        }
        return new ReviewerScopes(scopes);
    }

    /** Whether the caller is one of the reviewers of the task's level. */
    public boolean admits(ReviewTask task) {
        return admits(task.getRule(), task.getSubmission().item());
    }

    /** Whether the caller may decide a level with this rule on the item. */
    public boolean admits(ReviewerRule rule, ReviewedItem item) {
        Long scope = rule.scopeIdFor(item.libraryId(), item.unitId(), item.hostUnitId());
        return scope != null && scopes.getOrDefault(rule, Set.of()).contains(scope);
    }

    /** Whether the caller reviews anything at all. */
    public boolean isEmpty() {
        return scopes.isEmpty();
    }

    /** The scope ids per rule, for queries. */
    public Map<ReviewerRule, Set<Long>> byRule() {
        return Map.copyOf(scopes);
    }
}
