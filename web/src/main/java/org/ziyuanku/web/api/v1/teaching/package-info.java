/**
 * REST for teaching (issue 13): {@code /api/v1/offerings} (offer and re-offer, the offering's own outline with local
 * changes, the inbox of incoming changes of the standard course, open enrolment and leaving, classes) and
 * {@code /api/v1/classes} (joining by code, staff, learners, roster import).
 */
package org.ziyuanku.web.api.v1.teaching;
