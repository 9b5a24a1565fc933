/**
 * Beans of the review consoles: the author's submissions, the reviewer's queue and task, review statistics, a
 * library's review levels, and the sensitive-word dictionary.
 */
package org.ziyuanku.web.console.review;
