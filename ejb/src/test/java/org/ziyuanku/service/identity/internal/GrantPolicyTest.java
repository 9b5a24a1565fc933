package org.ziyuanku.service.identity.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ziyuanku.domain.system.PlatformRole;
import org.ziyuanku.domain.identity.ScopeType;
import org.ziyuanku.service.identity.internal.GrantPolicy.Held;
import org.ziyuanku.service.identity.internal.GrantPolicy.Requested;

class GrantPolicyTest {

    private static final long SCHOOL_A = 17;
    private static final long SCHOOL_B = 18;
    private static final long GUANGDONG = 44;

    private static List<Held> platform(PlatformRole role) {
        return List.of(new Held(role, ScopeType.PLATFORM, 0));
    }

    private static Requested inSchool(PlatformRole role, long school, Long province) {
        return new Requested(role, ScopeType.ORGANISATION, school, province);
    }

    private static Requested onPlatform(PlatformRole role) {
        return new Requested(role, ScopeType.PLATFORM, 0, null);
    }

    @Test
    void securityAdministrator_grantsEveryRole_includingTheSeparatedDuties() {
        assertTrue(GrantPolicy.allows(platform(PlatformRole.SECURITY_ADMIN), onPlatform(PlatformRole.AUDIT_ADMIN)));
        assertTrue(GrantPolicy.allows(platform(PlatformRole.SECURITY_ADMIN), onPlatform(PlatformRole.SYSTEM_ADMIN)));
        assertTrue(GrantPolicy.allows(platform(PlatformRole.SECURITY_ADMIN),
                inSchool(PlatformRole.TEACHER, SCHOOL_B, GUANGDONG)));
    }

    @Test
    void systemAndAuditAdministrators_grantNothing() {
        for (PlatformRole caller : List.of(PlatformRole.SYSTEM_ADMIN, PlatformRole.AUDIT_ADMIN)) {
            assertFalse(GrantPolicy.allows(platform(caller), inSchool(PlatformRole.LEARNER, SCHOOL_A, GUANGDONG)));
            assertFalse(GrantPolicy.allows(platform(caller), onPlatform(PlatformRole.SECURITY_ADMIN)));
            assertFalse(GrantPolicy.grantsAnything(platform(caller)));
        }
    }

    @Test
    void nationalAdministrator_cannotGrantTheSeparatedDuties() {
        assertFalse(GrantPolicy.allows(platform(PlatformRole.NATIONAL_ADMIN), onPlatform(PlatformRole.AUDIT_ADMIN)));
        assertTrue(GrantPolicy.allows(platform(PlatformRole.NATIONAL_ADMIN),
                new Requested(PlatformRole.PROVINCIAL_ADMIN, ScopeType.PROVINCE, GUANGDONG, GUANGDONG)));
    }

    @Test
    void schoolAdministrator_grantsContentRoles_inTheirOwnSchoolOnly() {
        List<Held> admin = List.of(new Held(PlatformRole.SCHOOL_ADMIN, ScopeType.ORGANISATION, SCHOOL_A));
        assertTrue(GrantPolicy.allows(admin, inSchool(PlatformRole.TEACHER, SCHOOL_A, GUANGDONG)));
        assertFalse(GrantPolicy.allows(admin, inSchool(PlatformRole.TEACHER, SCHOOL_B, GUANGDONG)));
        assertFalse(GrantPolicy.allows(admin, inSchool(PlatformRole.SCHOOL_ADMIN, SCHOOL_A, GUANGDONG)));
        assertFalse(GrantPolicy.allows(admin, onPlatform(PlatformRole.SECURITY_ADMIN)));
    }

    @Test
    void provincialAdministrator_grantsInTheirProvinceOnly() {
        List<Held> admin = List.of(new Held(PlatformRole.PROVINCIAL_ADMIN, ScopeType.PROVINCE, GUANGDONG));
        assertTrue(GrantPolicy.allows(admin, inSchool(PlatformRole.SCHOOL_ADMIN, SCHOOL_A, GUANGDONG)));
        assertFalse(GrantPolicy.allows(admin, inSchool(PlatformRole.SCHOOL_ADMIN, SCHOOL_A, 32L)));
        assertFalse(GrantPolicy.allows(admin,
                new Requested(PlatformRole.PROVINCIAL_ADMIN, ScopeType.PROVINCE, GUANGDONG, GUANGDONG)));
    }

    @Test
    void rolesFitTheirKindOfScope() {
        assertTrue(GrantPolicy.fitsScope(PlatformRole.AUDIT_ADMIN, ScopeType.PLATFORM));
        assertFalse(GrantPolicy.fitsScope(PlatformRole.AUDIT_ADMIN, ScopeType.ORGANISATION));
        assertFalse(GrantPolicy.fitsScope(PlatformRole.PROVINCIAL_ADMIN, ScopeType.COURSE));
        assertTrue(GrantPolicy.fitsScope(PlatformRole.TEACHER, ScopeType.COURSE));
    }
}
