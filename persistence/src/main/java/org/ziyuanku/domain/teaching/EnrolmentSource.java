package org.ziyuanku.domain.teaching;

/** How a learner came into a class: open enrolment, class code, roster import, or added by a teacher. */
public enum EnrolmentSource {
    OPEN, CODE, ROSTER, TEACHER
}
