package org.ziyuanku.web.console;

/**
 * The realm roles of the ziyuanku realm, as the web tier sees them. The three Level 3 administrator roles (三权分立)
 * are kept apart: {@link #SYSTEM_ADMIN}, {@link #SECURITY_ADMIN}, {@link #AUDIT_ADMIN}.
 */
public enum PlatformRole {
    LEARNER("learner"),
    TEACHER("teacher"),
    COURSE_TEAM_LEAD("course-team-lead"),
    REVIEWER("reviewer"),
    LIBRARY_ADMIN("library-admin"),
    SCHOOL_ADMIN("school-admin"),
    PROVINCIAL_ADMIN("provincial-admin"),
    NATIONAL_ADMIN("national-admin"),
    SYSTEM_ADMIN("system-admin"),
    SECURITY_ADMIN("security-admin"),
    AUDIT_ADMIN("audit-admin");

    private final String roleName;

    PlatformRole(String roleName) {
        this.roleName = roleName;
    }

    /** The role's name in Keycloak and in tokens. */
    public String roleName() {
        return roleName;
    }
}
