package org.ziyuanku.web.console;

import java.util.Arrays;
import java.util.Optional;

/**
 * The realm roles of the ziyuanku realm, as the web tier sees them. The three Level 3 administrator roles (三权分立)
 * are kept apart: {@link #SYSTEM_ADMIN}, {@link #SECURITY_ADMIN}, {@link #AUDIT_ADMIN}.
 */
public enum PlatformRole {
    LEARNER("learner", false),
    TEACHER("teacher", false),
    COURSE_TEAM_LEAD("course-team-lead", false),
    REVIEWER("reviewer", false),
    LIBRARY_ADMIN("library-admin", true),
    SCHOOL_ADMIN("school-admin", true),
    PROVINCIAL_ADMIN("provincial-admin", true),
    NATIONAL_ADMIN("national-admin", true),
    SYSTEM_ADMIN("system-admin", true),
    SECURITY_ADMIN("security-admin", true),
    AUDIT_ADMIN("audit-admin", true);

    private final String roleName;
    private final boolean administrator;

    PlatformRole(String roleName, boolean administrator) {
        this.roleName = roleName;
        this.administrator = administrator;
    }

    /** The role's name in Keycloak and in tokens. */
    public String roleName() {
        return roleName;
    }

    /** Administrator roles require two-factor authentication (TOTP). */
    public boolean isAdministrator() {
        return administrator;
    }

    public static Optional<PlatformRole> ofRoleName(String name) {
        return Arrays.stream(values()).filter(r -> r.roleName.equals(name)).findFirst();
    }
}
