package org.ziyuanku.service.course;

/**
 * Fired (CDI event, inside the publishing transaction) when a standard course or a new version of it is published;
 * teaching observes it after success to bring running offerings in step.
 */
public record CoursePublished(long courseId, int courseVersion) {
}
