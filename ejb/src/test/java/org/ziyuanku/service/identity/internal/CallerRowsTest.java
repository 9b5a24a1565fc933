package org.ziyuanku.service.identity.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ziyuanku.domain.identity.ScopeType;
import org.ziyuanku.domain.system.PlatformRole;
import org.ziyuanku.service.identity.Caller;
import org.ziyuanku.service.identity.Caller.Grant;

class CallerRowsTest {

    private static final long ACCOUNT = 41;
    private static final long SCHOOL = 118;

    private static CallerRows.Row row(String role, ScopeType type, Long scopeId) {
        return new CallerRows.Row(ACCOUNT, "王老师", SCHOOL, "深圳信息职业技术学院", role, type, scopeId);
    }

    @Test
    void caller_ofAnAccountWithoutGrants_holdsItsRolesAndNoGrant() {
        Caller caller = CallerRows.caller("wang", EnumSet.of(PlatformRole.TEACHER),
                List.of(new CallerRows.Row(ACCOUNT, "王老师", null, null, null, null, null)));
        assertFalse(caller.isAnonymous());
        assertEquals(ACCOUNT, caller.accountId());
        assertEquals("wang", caller.username());
        assertEquals("王老师", caller.displayName());
        assertEquals(Optional.empty(), caller.organisationId());
        assertEquals(null, caller.organisationName());
        assertEquals(Set.of(PlatformRole.TEACHER), caller.roles());
        assertTrue(caller.grants().isEmpty());
    }

    @Test
    void caller_ofOneRowPerGrant_isOneAccountWithEveryGrantInOrder() {
        Caller caller = CallerRows.caller("wang", EnumSet.of(PlatformRole.SCHOOL_ADMIN, PlatformRole.LIBRARY_ADMIN),
                List.of(row("school-admin", ScopeType.ORGANISATION, SCHOOL), row("library-admin", ScopeType.LIBRARY,
                        53L), row("library-admin", ScopeType.LIBRARY, 54L)));
        assertEquals(ACCOUNT, caller.accountId());
        assertEquals(Optional.of(SCHOOL), caller.organisationId());
        assertEquals("深圳信息职业技术学院", caller.organisationName());
        assertEquals(List.of(new Grant(PlatformRole.SCHOOL_ADMIN, ScopeType.ORGANISATION, SCHOOL),
                new Grant(PlatformRole.LIBRARY_ADMIN, ScopeType.LIBRARY, 53),
                new Grant(PlatformRole.LIBRARY_ADMIN, ScopeType.LIBRARY, 54)), caller.grants());
        assertEquals(Optional.of(List.of(53L, 54L)), caller.administeredLibraries());
    }

    @Test
    void caller_leavesOutGrantsOfRolesNotHeldNow_andOfUnknownRoleNames() {
        Caller caller = CallerRows.caller("wang", EnumSet.of(PlatformRole.LIBRARY_ADMIN),
                List.of(row("school-admin", ScopeType.ORGANISATION, SCHOOL), row("retired-role", ScopeType.PLATFORM,
                        0L), row("library-admin", ScopeType.LIBRARY, 53L)));
        assertEquals(List.of(new Grant(PlatformRole.LIBRARY_ADMIN, ScopeType.LIBRARY, 53)), caller.grants());
        assertFalse(caller.administersOrganisation(SCHOOL, null));
    }

    @Test
    void caller_withABlankDisplayName_isShownByUserName() {
        Caller caller = CallerRows.caller("wang", Set.of(),
                List.of(new CallerRows.Row(ACCOUNT, " ", null, null, null, null, null)));
        assertEquals("wang", caller.displayName());
        assertTrue(caller.roles().isEmpty());
    }
}
