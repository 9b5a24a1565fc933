/**
 * Teaching (开课): offerings of published standard courses per term with their own outline kept in step with the
 * standard course, classes with parallel teachers and assistants, enrolment and rosters.
 * {@link org.ziyuanku.service.teaching.TeachingAccess} is what learning reads.
 */
package org.ziyuanku.service.teaching;
