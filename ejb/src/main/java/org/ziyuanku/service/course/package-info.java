/**
 * Standard courses (标准化课程): a library's course with its team and an outline of modules → topics → items that
 * reference published resources of any library, 积件 and pages; reviewed as subject type {@code COURSE} and shown on
 * the portal when published. {@link org.ziyuanku.service.course.PublishedCourses} is what teaching reads.
 */
package org.ziyuanku.service.course;
