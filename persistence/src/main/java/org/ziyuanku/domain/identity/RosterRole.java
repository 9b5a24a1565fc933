package org.ziyuanku.domain.identity;

/** What a person on a school's roster (名单) is there: a student (学生) or a teacher (教师). */
public enum RosterRole {
    STUDENT("learner"),
    TEACHER("teacher");

    private final String realmRole;

    RosterRole(String realmRole) {
        this.realmRole = realmRole;
    }

    /** The realm role a person bound to such an entry holds within their school. */
    public String realmRole() {
        return realmRole;
    }
}
