/**
 * Tiered review (先审后发、分级审核): a library's review levels, the submissions of versions for review with one task per
 * level, the immutable review record that keeps who decided what about exactly which content (谁上线谁负责), and the
 * sensitive-word dictionary (敏感词库) screened at submission: each {@link org.ziyuanku.domain.review.SensitiveWord} has
 * a category and a severity that either blocks a submission or flags the word for the reviewer. The subject of a
 * review is named by type and id, so resources, courses and question banks share one engine.
 */
package org.ziyuanku.domain.review;
