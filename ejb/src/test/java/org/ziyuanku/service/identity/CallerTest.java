package org.ziyuanku.service.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ziyuanku.domain.identity.ScopeType;
import org.ziyuanku.domain.system.PlatformRole;
import org.ziyuanku.service.identity.Caller.Grant;
import org.ziyuanku.service.system.AccessDeniedException;

class CallerTest {

    private static final long SCHOOL = 118;
    private static final long GUANGDONG = 44;

    private static Caller caller(Set<PlatformRole> roles, Grant... grants) {
        return new Caller(7L, "someone", "某人", SCHOOL, "深圳信息职业技术学院", roles, List.of(grants));
    }

    @Test
    void anonymous_holdsNothing_andMayNothing() {
        Caller anonymous = Caller.anonymous();
        assertTrue(anonymous.isAnonymous());
        assertEquals(Caller.ANONYMOUS, anonymous.username());
        assertEquals(null, anonymous.accountId());
        assertTrue(anonymous.roles().isEmpty());
        assertFalse(anonymous.administersOrganisation(SCHOOL, GUANGDONG));
        assertFalse(anonymous.administersLibrary(53));
        assertEquals(Optional.of(List.of()), anonymous.administeredLibraries());
        assertFalse(anonymous.is(null));
        assertThrows(AccessDeniedException.class, () -> anonymous.require(PlatformRole.LEARNER));
    }

    @Test
    void grant_countsOnlyWhileItsRealmRoleIsHeld() {
        Grant schoolAdmin = new Grant(PlatformRole.SCHOOL_ADMIN, ScopeType.ORGANISATION, SCHOOL);
        Caller withoutRealmRole = caller(EnumSet.of(PlatformRole.TEACHER), schoolAdmin);
        assertTrue(withoutRealmRole.grants().isEmpty());
        assertFalse(withoutRealmRole.administersOrganisation(SCHOOL, GUANGDONG));

        Caller withRealmRole = caller(EnumSet.of(PlatformRole.SCHOOL_ADMIN), schoolAdmin);
        assertEquals(List.of(schoolAdmin), withRealmRole.grants());
        assertTrue(withRealmRole.administersOrganisation(SCHOOL, GUANGDONG));
    }

    @Test
    void schoolAdministrator_administersOnlyTheirOwnSchool() {
        Caller admin = caller(EnumSet.of(PlatformRole.SCHOOL_ADMIN),
                new Grant(PlatformRole.SCHOOL_ADMIN, ScopeType.ORGANISATION, SCHOOL));
        assertTrue(admin.administersOrganisation(SCHOOL, GUANGDONG));
        assertFalse(admin.administersOrganisation(SCHOOL + 1, GUANGDONG));
        assertFalse(admin.administersOrganisation(SCHOOL + 1, null));
    }

    @Test
    void provincialAdministrator_administersTheOrganisationsOfTheirProvinceOnly() {
        Caller admin = caller(EnumSet.of(PlatformRole.PROVINCIAL_ADMIN),
                new Grant(PlatformRole.PROVINCIAL_ADMIN, ScopeType.PROVINCE, GUANGDONG));
        assertTrue(admin.administersOrganisation(500, GUANGDONG));
        assertFalse(admin.administersOrganisation(500, 11L));
        assertFalse(admin.administersOrganisation(500, null));
    }

    @Test
    void nationalAndSecurityAdministrators_administerEveryOrganisation_otherPlatformRolesDoNot() {
        for (PlatformRole role : List.of(PlatformRole.NATIONAL_ADMIN, PlatformRole.SECURITY_ADMIN)) {
            Caller admin = caller(EnumSet.of(role), new Grant(role, ScopeType.PLATFORM, 0));
            assertTrue(admin.administersOrganisation(500, null), role.roleName());
        }
        for (PlatformRole role : List.of(PlatformRole.SYSTEM_ADMIN, PlatformRole.AUDIT_ADMIN)) {
            Caller admin = caller(EnumSet.of(role), new Grant(role, ScopeType.PLATFORM, 0));
            assertFalse(admin.administersOrganisation(SCHOOL, GUANGDONG), role.roleName());
        }
    }

    @Test
    void schoolGrantOfAnotherRole_doesNotAdministerTheSchool() {
        Caller teacher = caller(EnumSet.of(PlatformRole.TEACHER),
                new Grant(PlatformRole.TEACHER, ScopeType.ORGANISATION, SCHOOL));
        assertFalse(teacher.administersOrganisation(SCHOOL, GUANGDONG));
        assertTrue(teacher.may(PlatformRole.TEACHER, ScopeType.ORGANISATION, SCHOOL));
        assertFalse(teacher.may(PlatformRole.TEACHER, ScopeType.ORGANISATION, SCHOOL + 1));
    }

    @Test
    void libraryAdministrator_administersTheirLibrariesOnly_nationalAdministratorAll() {
        Caller libraryAdmin = caller(EnumSet.of(PlatformRole.LIBRARY_ADMIN),
                new Grant(PlatformRole.LIBRARY_ADMIN, ScopeType.LIBRARY, 53),
                new Grant(PlatformRole.LIBRARY_ADMIN, ScopeType.LIBRARY, 54));
        assertTrue(libraryAdmin.administersLibrary(53));
        assertFalse(libraryAdmin.administersLibrary(55));
        assertEquals(Optional.of(List.of(53L, 54L)), libraryAdmin.administeredLibraries());

        Caller national = caller(EnumSet.of(PlatformRole.NATIONAL_ADMIN),
                new Grant(PlatformRole.NATIONAL_ADMIN, ScopeType.PLATFORM, 0));
        assertTrue(national.administersLibrary(55));
        assertEquals(Optional.empty(), national.administeredLibraries());
    }

    @Test
    void realmRoles_answerByEnumAndByName_andRequireRefusesOthers() {
        Caller auditor = caller(EnumSet.of(PlatformRole.AUDIT_ADMIN));
        assertTrue(auditor.holds(PlatformRole.AUDIT_ADMIN));
        assertTrue(auditor.holdsRole("audit-admin"));
        assertFalse(auditor.holdsRole("system-admin"));
        assertFalse(auditor.holdsRole("no-such-role"));
        auditor.require(PlatformRole.AUDIT_ADMIN);
        AccessDeniedException refused = assertThrows(AccessDeniedException.class,
                () -> auditor.require(PlatformRole.SYSTEM_ADMIN));
        assertTrue(refused.getMessage().startsWith("someone"));
    }

    @Test
    void signedInCaller_namesAccountAndOrganisation() {
        Caller someone = caller(Set.of());
        assertFalse(someone.isAnonymous());
        assertTrue(someone.is(7L));
        assertFalse(someone.is(8L));
        assertEquals(Optional.of(SCHOOL), someone.organisationId());
        assertEquals("某人", someone.displayName());
        assertEquals("someone", new Caller(7L, "someone", " ", null, null, Set.of(), List.of()).displayName());
    }
}
