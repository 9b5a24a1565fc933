/**
 * Console pages of teaching (issue 13): my offerings (offer and re-offer), one offering (its outline with local
 * changes, the inbox of incoming changes, classes), one class (code, staff, learners, roster import) and enrolling
 * in or leaving an offering.
 */
package org.ziyuanku.web.console.teaching;
