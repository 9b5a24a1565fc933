package org.ziyuanku.domain.teaching;

/** How learners get into an offering: anyone may enrol (OPEN), with a class code (CODE), or only by roster (ROSTER). */
public enum EnrolmentMode {
    OPEN, CODE, ROSTER
}
