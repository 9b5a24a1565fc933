package org.ziyuanku.domain.teaching;

/** A class's staff: a TEACHER (parallel teachers may edit the offering's outline) or an ASSISTANT (助教, may not). */
public enum StaffRole {
    TEACHER, ASSISTANT
}
