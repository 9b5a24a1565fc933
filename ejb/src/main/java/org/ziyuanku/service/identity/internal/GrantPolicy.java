package org.ziyuanku.service.identity.internal;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.ziyuanku.domain.system.PlatformRole;
import org.ziyuanku.domain.identity.ScopeType;

/**
 * Who may grant (and revoke) which role in which scope. The security administrator grants every role, and alone the
 * three separated duties and the national administrator (三权分立); the national administrator grants the roles below
 * it anywhere; a provincial administrator grants school and content roles in the organisations of their province; a
 * school administrator grants content roles in their own school. The system and audit administrators grant nothing.
 */
public final class GrantPolicy {

    /** A role the caller holds, in its scope. */
    public record Held(PlatformRole role, ScopeType scopeType, long scopeId) {
    }

    /** The grant asked for; {@code provinceId} is the province the scope lies in (null when none). */
    public record Requested(PlatformRole role, ScopeType scopeType, long scopeId, Long provinceId) {
    }

    private static final Set<PlatformRole> CONTENT_ROLES = EnumSet.of(PlatformRole.LEARNER, PlatformRole.TEACHER,
            PlatformRole.COURSE_TEAM_LEAD, PlatformRole.REVIEWER, PlatformRole.LIBRARY_ADMIN);

    private GrantPolicy() {
    }

    /** Whether a role can be held in that kind of scope at all (a provincial administrator of a course cannot). */
    public static boolean fitsScope(PlatformRole role, ScopeType scopeType) {
        return switch (role) {
            case SYSTEM_ADMIN, SECURITY_ADMIN, AUDIT_ADMIN, NATIONAL_ADMIN -> scopeType == ScopeType.PLATFORM;
            case PROVINCIAL_ADMIN -> scopeType == ScopeType.PROVINCE;
            case SCHOOL_ADMIN, LEARNER -> scopeType == ScopeType.ORGANISATION;
            case LIBRARY_ADMIN, REVIEWER -> scopeType == ScopeType.ORGANISATION || scopeType == ScopeType.LIBRARY;
            case TEACHER, COURSE_TEAM_LEAD -> scopeType == ScopeType.ORGANISATION || scopeType == ScopeType.COURSE;
        };
    }

    /** Whether a caller holding {@code held} may grant or revoke {@code requested}. */
    public static boolean allows(Collection<Held> held, Requested requested) {
        boolean security = holdsPlatform(held, PlatformRole.SECURITY_ADMIN);
        PlatformRole role = requested.role();
        if (role.isSeparatedDuty() || role == PlatformRole.NATIONAL_ADMIN) {
            return security;
        }
        if (security || holdsPlatform(held, PlatformRole.NATIONAL_ADMIN)) {
            return true;
        }
        if (role == PlatformRole.PROVINCIAL_ADMIN || requested.scopeType() != ScopeType.ORGANISATION) {
            return false;
        }
        boolean provincial = held.stream().anyMatch(h -> h.role() == PlatformRole.PROVINCIAL_ADMIN
                && h.scopeType() == ScopeType.PROVINCE && requested.provinceId() != null
                && h.scopeId() == requested.provinceId());
        boolean school = CONTENT_ROLES.contains(role) && held.stream().anyMatch(h -> h.role() == PlatformRole.SCHOOL_ADMIN
                && h.scopeType() == ScopeType.ORGANISATION && h.scopeId() == requested.scopeId());
        return provincial || school;
    }

    /** Whether the caller may grant anything at all: decides whether they see the grants console. */
    public static boolean grantsAnything(Collection<Held> held) {
        return held.stream().anyMatch(h -> h.role() == PlatformRole.SECURITY_ADMIN
                || h.role() == PlatformRole.NATIONAL_ADMIN || h.role() == PlatformRole.PROVINCIAL_ADMIN
                || h.role() == PlatformRole.SCHOOL_ADMIN);
    }

    private static boolean holdsPlatform(Collection<Held> held, PlatformRole role) {
        return held.stream().anyMatch(h -> h.role() == role && h.scopeType() == ScopeType.PLATFORM);
    }
}
