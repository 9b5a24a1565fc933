package org.ziyuanku.domain.system;

import java.util.Arrays;
import java.util.Optional;

/**
 * The realm roles of the ziyuanku realm. The three Level 3 administrator roles (三权分立) are kept apart:
 * {@link #SYSTEM_ADMIN}, {@link #SECURITY_ADMIN}, {@link #AUDIT_ADMIN}; no person holds two of them.
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

    /** Administrators sign in with two factors (TOTP), whoever granted the role and when. */
    public boolean isAdministrator() {
        return roleName.endsWith("-admin");
    }

    /** One of the three separated Level 3 duties: system, security and audit administration. */
    public boolean isSeparatedDuty() {
        return this == SYSTEM_ADMIN || this == SECURITY_ADMIN || this == AUDIT_ADMIN;
    }

    /** The role named {@code roleName} in Keycloak, if it is one of the platform's. */
    public static Optional<PlatformRole> ofRoleName(String roleName) {
        return Arrays.stream(values()).filter(r -> r.roleName.equals(roleName)).findFirst();
    }
}
