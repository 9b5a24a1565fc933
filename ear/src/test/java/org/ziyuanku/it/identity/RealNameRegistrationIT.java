package org.ziyuanku.it.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ziyuanku.it.Deployments;
import org.ziyuanku.it.pages.RealNamePage;
import org.ziyuanku.it.pages.RealmLoginPage;
import org.ziyuanku.it.pages.RosterPage;
import org.ziyuanku.it.support.BrowserTest;
import org.ziyuanku.it.support.RosterWorkbook;
import org.ziyuanku.it.support.TestDatabase;
import org.ziyuanku.it.support.TestKeycloak;

/**
 * Real-name registration (实名制) bound to a school roster, through the real Keycloak in headless Chromium. The
 * school's administrator imports an Excel roster; a bad file stores nothing and says which rows to correct. A signed-in
 * person then gives name and number: a mismatch is refused with a clear message and keeps what they typed, a match
 * binds them to the school as a learner, and a number someone else holds is refused. The people's accounts are made
 * through Keycloak's admin API; self-registration with the e-mailed link is covered by {@link RegistrationPageIT}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RealNameRegistrationIT extends BrowserTest {

    private static final String BASE = Deployments.BASE_URL;
    private static final String SCHOOL = "无锡职业技术学院";
    private static final long SUFFIX = System.currentTimeMillis() % 100_000;
    private static final String ADMIN = "roster-admin-" + SUFFIX;
    private static final String LEARNER = "real-name-" + SUFFIX;
    private static final String LATECOMER = "real-name-late-" + SUFFIX;
    private static final String HOLDER = "real-name-holder-" + SUFFIX;
    /** Imported through the page: a student number typed into Excel as a number, a teacher's staff number. */
    private static final long IMPORTED_STUDENT = 2_026_000_000L + SUFFIX;
    private static final String IMPORTED_TEACHER = "T" + SUFFIX;
    private static final String NOT_IMPORTED = "N" + SUFFIX;
    /** On the roster from the start: one free entry, one bound to another account. */
    private static final String FREE_NUMBER = "S" + SUFFIX;
    private static final String HELD_NUMBER = "H" + SUFFIX;
    private static long school;

    @BeforeAll
    static void schoolAdministratorPeopleAndRoster() throws Exception {
        TestKeycloak.ensureRunning();
        TestKeycloak.createUser(ADMIN, "school-admin");
        TestKeycloak.createUser(LEARNER);
        TestKeycloak.createUser(LATECOMER);
        school = TestDatabase.queryLong("select id from organisation where name = ?", SCHOOL);
        long admin = account(ADMIN);
        TestDatabase.update("insert into role_grant (id, user_id, role, scope_type, scope_id, granted_by, granted_at)"
                + " values (nextval('role_grant_seq'), ?, 'school-admin', 'ORGANISATION', ?, 'it', now())", admin, school);
        rosterEntry("王小明", FREE_NUMBER, null);
        rosterEntry("张已绑", HELD_NUMBER, account(HOLDER));
    }

    private static long account(String username) throws Exception {
        long id = TestDatabase.queryLong("select nextval('user_account_seq')");
        TestDatabase.update("insert into user_account (id, username, display_name, organisation_id, status, created_at,"
                + " version) values (?, ?, ?, ?, 'ACTIVE', now(), 0)", id, username, username, school);
        return id;
    }

    private static void rosterEntry(String name, String number, Long boundUser) throws Exception {
        TestDatabase.update("insert into roster_entry (id, organisation_id, person_name, member_number, member_role,"
                + " bound_user_id, bound_at, imported_by, imported_at, version) values (nextval('roster_entry_seq'), ?,"
                + " ?, ?, 'STUDENT', ?, " + (boundUser == null ? "null" : "now()") + ", 'it', now(), 0)",
                school, name, number, boundUser);
    }

    @AfterAll
    static void deleteWhatWasCreated() throws Exception {
        TestDatabase.update("delete from roster_entry where organisation_id = ? and member_number in (?, ?, ?, ?, ?)",
                school, Long.toString(IMPORTED_STUDENT), IMPORTED_TEACHER, NOT_IMPORTED, FREE_NUMBER, HELD_NUMBER);
        TestDatabase.update("delete from user_account where username in (?, ?, ?, ?)", ADMIN, LEARNER, LATECOMER,
                HOLDER);
    }

    private static long rosterSize() throws Exception {
        return TestDatabase.queryLong("select count(*) from roster_entry where organisation_id = ?", school);
    }

    private void signIn(String username) {
        openBrowser(1280, 900);
        driver.get(BASE + "/console/index.xhtml");
        RealmLoginPage.await(driver, TestKeycloak.REALM_URL).signIn(username, TestKeycloak.DEMO_PASSWORD);
    }

    @Test
    void schoolAdministrator_importsAnExcelRoster_aBadFileStoresNothingAndNamesTheRows() throws Exception {
        signIn(ADMIN);
        RosterPage roster = RosterPage.open(driver, BASE, school).importFile(RosterWorkbook.write(
                new Object[] {"姓名", "学号或工号", "身份"},
                new Object[] {"王小明", IMPORTED_STUDENT, "学生"},
                new Object[] {"李老师", IMPORTED_TEACHER, "教师"}));
        assertTrue(roster.report().contains("新增 2 人"), roster.report());
        assertTrue(roster.entries().contains(Long.toString(IMPORTED_STUDENT)), "the number keeps all its digits");
        assertEquals(2, TestDatabase.queryLong("select count(*) from roster_entry where organisation_id = ? and"
                + " member_number in (?, ?)", school, Long.toString(IMPORTED_STUDENT), IMPORTED_TEACHER));

        long before = rosterSize();
        roster.importFile(RosterWorkbook.write(
                new Object[] {"Name", "Number", "Role"},
                new Object[] {"赵新", NOT_IMPORTED, "学生"},
                new Object[] {"钱校长", "X" + SUFFIX, "校长"}));
        assertTrue(roster.report().contains("名单未导入"), roster.report());
        List<String> errors = roster.errors();
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("第 3 行") && errors.get(0).contains("校长"), errors.get(0));
        assertEquals(before, rosterSize(), "all or nothing: the good row was not stored either");

        roster.importFile(RosterWorkbook.notAWorkbook());
        assertTrue(roster.errors().get(0).contains("不是有效的 Excel .xlsx 文件"), roster.errors().toString());
        assertEquals(before, rosterSize());
    }

    @Test
    void person_wrongNumberIsRefused_rightNumberBindsThemToTheSchoolAsLearner() throws Exception {
        signIn(LEARNER);
        RealNamePage page = RealNamePage.open(driver, BASE).submit(school, "王小明", "S0000000");
        assertTrue(page.messages().contains("姓名、学号或工号与所选学校的名单不一致"), page.messages());
        assertFalse(page.showsVerified());
        assertEquals("王小明", page.typedName(), "what was typed is kept");
        assertEquals("S0000000", page.typedNumber());

        page.submit(school, "王小明", FREE_NUMBER.toLowerCase());
        assertTrue(page.showsVerified(), page.messages());
        assertTrue(page.status().contains(SCHOOL) && page.status().contains(FREE_NUMBER), page.status());
        assertEquals(1, TestDatabase.queryLong("select count(*) from user_account where username = ? and real_name = ?"
                + " and organisation_id = ? and real_name_verified_at is not null", LEARNER, "王小明", school));
        assertEquals(1, TestDatabase.queryLong("select count(*) from role_grant g join user_account u on u.id = g.user_id"
                + " where u.username = ? and g.role = 'learner' and g.scope_type = 'ORGANISATION' and g.scope_id = ?",
                LEARNER, school));
        assertTrue(TestDatabase.queryLong("select count(*) from audit_record where actor = ? and action ="
                + " 'REAL_NAME_BIND' and outcome = 'FAILURE'", LEARNER) >= 1, "the refusal is audited");

        assertTrue(RealNamePage.open(driver, BASE).showsVerified(), "the binding is shown on the next visit");
    }

    @Test
    void secondPerson_numberBoundToSomeoneElse_isRefused() throws Exception {
        signIn(LATECOMER);
        RealNamePage page = RealNamePage.open(driver, BASE).submit(school, "张已绑", HELD_NUMBER);
        assertTrue(page.messages().contains("已被其他账号实名认证"), page.messages());
        assertFalse(page.showsVerified());
        assertEquals(0, TestDatabase.queryLong("select count(*) from user_account where username = ? and"
                + " real_name_verified_at is not null", LATECOMER));
    }
}
