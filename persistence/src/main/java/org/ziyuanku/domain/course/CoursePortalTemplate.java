package org.ziyuanku.domain.course;

/** How the portal shows a published course: the classic outline list, or cards per module. */
public enum CoursePortalTemplate {
    CLASSIC, CARDS
}
