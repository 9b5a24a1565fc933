package org.ziyuanku.service.learning;

/**
 * Why a recommendation (为你推荐) is made, shown in one line with its subject: the course the learner has not finished
 * ({@code UNFINISHED_ITEM}), or the favourite whose knowledge or skill points the resource shares
 * ({@code SHARES_POINTS}) or whose course it was made for ({@code SAME_COURSE}).
 */
public enum RecommendationReason {
    UNFINISHED_ITEM, SHARES_POINTS, SAME_COURSE
}
