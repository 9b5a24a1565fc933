package org.ziyuanku.domain.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RosterEntryTest {

    private final Organisation school = new Organisation("无锡职业技术学院", OrganisationType.SCHOOL, null);

    @Test
    void text_fullWidthDigitsAndBlanks_compareAsTheirPlainForms() {
        assertEquals("2026010001", RosterText.number(" ２０２６ ０１０００１ "));
        assertEquals("T2026001", RosterText.number("t2026001"));
        assertEquals("王小明", RosterText.name("\u3000王小明 "));
        assertEquals("Li Lei", RosterText.name("  Li   Lei "));
        assertTrue(RosterText.sameName("li lei", "Li  Lei"));
        assertFalse(RosterText.sameName("王小明", "王晓明"));
    }

    @Test
    void reimport_unboundEntry_takesNewNameAndRole() {
        RosterEntry entry = new RosterEntry(school, "王小明", "2026010001", RosterRole.STUDENT, "admin");
        assertFalse(entry.reimport(" 王小明", RosterRole.STUDENT, "admin"));
        assertTrue(entry.reimport("王晓明", RosterRole.TEACHER, "admin"));
        assertEquals("王晓明", entry.getPersonName());
        assertEquals(RosterRole.TEACHER, entry.getMemberRole());
    }

    @Test
    void reimport_boundEntry_refusesChanges() {
        RosterEntry entry = new RosterEntry(school, "王小明", "2026010001", RosterRole.STUDENT, "admin");
        entry.bindTo(new UserAccount("wxm", null, null));
        assertFalse(entry.reimport("王小明", RosterRole.STUDENT, "admin"));
        assertThrows(IllegalStateException.class, () -> entry.reimport("王晓明", RosterRole.STUDENT, "admin"));
        assertThrows(IllegalStateException.class, () -> entry.bindTo(new UserAccount("other", null, null)));
    }

    @Test
    void bindRealName_setsSchoolAndName_once() {
        UserAccount account = new UserAccount("wxm", "wxm", null);
        account.bindRealName("王小明 ", "２０２６010001", school);
        assertTrue(account.isRealNameVerified());
        assertEquals("王小明", account.getDisplayName());
        assertEquals("2026010001", account.getMemberNumber());
        assertEquals(school, account.getOrganisation());
        assertThrows(IllegalStateException.class, () -> account.bindRealName("王小明", "2026010001", school));
    }

    @Test
    void rosterRoles_mapToRealmRoles() {
        assertEquals("learner", RosterRole.STUDENT.realmRole());
        assertEquals("teacher", RosterRole.TEACHER.realmRole());
    }
}
