/**
 * REST for tiered review: a reviewer's queue, tasks and decisions, the caller's submissions, review statistics, a
 * library's review levels, the sensitive-word dictionary (敏感词库, {@code /api/v1/sensitive-words}); and, on each
 * subject's own paths ({@code ResourceReviewEndpoint} for {@code /api/v1/resources/{id}/…}), submitting, withdrawing,
 * taking down and the review record.
 */
package org.ziyuanku.web.api.v1.review;
