/**
 * REST for tiered review: a reviewer's queue, tasks and decisions, the caller's submissions, review statistics, a
 * library's review levels; and (with the resources) submitting, withdrawing, taking down and the review record.
 */
package org.ziyuanku.web.api.v1.review;
