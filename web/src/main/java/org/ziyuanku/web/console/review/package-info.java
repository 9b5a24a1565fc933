/** Console beans of the review context: today the sensitive-word dictionary page (console/review/sensitive-words). */
package org.ziyuanku.web.console.review;
