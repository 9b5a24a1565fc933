/**
 * Teaching (开课): a teacher's offering of a published standard course for a term, with its own outline copied from
 * the standard course and kept in step by node key unless changed locally ({@link
 * org.ziyuanku.domain.teaching.OfferingNode}), the inbox of incoming changes, classes (班级) with parallel teachers
 * and assistants (助教), enrolments and imported class rosters.
 */
package org.ziyuanku.domain.teaching;
