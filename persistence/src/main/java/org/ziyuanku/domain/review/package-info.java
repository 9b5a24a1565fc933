/**
 * Review (审核): what a resource goes through before it is published. Today the sensitive-word dictionary
 * (敏感词库) the back office keeps: each {@link org.ziyuanku.domain.review.SensitiveWord} has a category and a
 * severity that either blocks a submission or flags the word for the reviewer.
 */
package org.ziyuanku.domain.review;
