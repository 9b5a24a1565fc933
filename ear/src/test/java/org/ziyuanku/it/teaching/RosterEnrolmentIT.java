package org.ziyuanku.it.teaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ziyuanku.it.Deployments;
import org.ziyuanku.it.pages.RealNamePage;
import org.ziyuanku.it.support.ApiClient;
import org.ziyuanku.it.support.BrowserTest;
import org.ziyuanku.it.support.RosterWorkbook;
import org.ziyuanku.it.support.TestDatabase;
import org.ziyuanku.it.support.TestKeycloak;
import org.ziyuanku.it.support.TestResources;

/**
 * A roster row that matched nobody stays PENDING until its student verifies their real name (实名认证) in the console:
 * then the row is matched and the student is in the class (source ROSTER), without the teacher doing anything.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RosterEnrolmentIT extends BrowserTest {

    private static final String SUFFIX = Long.toString(System.currentTimeMillis() % 100_000);
    private static final String TEACHER = "roster-teacher-" + SUFFIX;
    private static final String STUDENT = "roster-student-" + SUFFIX;
    private static final String NUMBER = "R" + SUFFIX + "7";
    private static long course;
    private static long school;

    @BeforeAll
    static void aRosterEntryNobodyHasBound() throws Exception {
        TestKeycloak.ensureRunning();
        school = TeachingWorld.schoolA();
        long teacher = TeachingWorld.person(TEACHER, "teacher", school);
        TeachingWorld.person(STUDENT, "learner", null);
        TestDatabase.update("insert into roster_entry (id, organisation_id, person_name, member_number, member_role,"
                + " imported_by, imported_at, version) values (nextval('roster_entry_seq'), ?, '韩梅梅', ?, 'STUDENT',"
                + " 'it', now(), 0)", school, NUMBER);
        long library = TestResources.weldingLibraryWith(school);
        course = TeachingWorld.course(library, teacher, "ROSTER" + SUFFIX,
                TeachingWorld.publishedResources(TEACHER, library, "roster" + SUFFIX, 1));
    }

    @AfterAll
    static void deleteWhatWasCreated() throws Exception {
        TeachingWorld.forgetCourse(course);
        TestDatabase.update("delete from roster_entry where member_number = ?", NUMBER);
        TeachingWorld.forget(TEACHER, STUDENT);
    }

    @Test
    void pendingRosterRow_isEnrolled_whenTheStudentVerifiesTheirRealName() throws Exception {
        long offering = TeachingWorld.offer(TEACHER, course, "焊接名单 " + SUFFIX, "ROSTER", false);
        long courseClass = TeachingWorld.createClass(TEACHER, offering, "名单班");
        TeachingWorld.publish(TEACHER, offering);
        HttpResponse<String> report = ApiClient.as(TEACHER).postBytes("/api/v1/classes/" + courseClass + "/roster",
                "application/octet-stream", Files.readAllBytes(RosterWorkbook.write(new Object[] {"学号", "姓名"},
                        new Object[] {NUMBER, "韩梅梅"})));
        assertEquals(200, report.statusCode(), report.body());
        assertEquals("PENDING", ApiClient.json(report.body(), "outcome"), "nobody has verified this number yet");

        signInAfresh(STUDENT);
        RealNamePage page = RealNamePage.open(driver, Deployments.BASE_URL).submit(school, "韩梅梅", NUMBER);
        assertTrue(page.showsVerified(), page.messages());

        assertEquals("MATCHED", TestDatabase.queryString("select state from class_roster_entry where class_id = ?",
                courseClass));
        assertEquals(1, TestDatabase.queryLong("select count(*) from enrolment e join user_account u on u.id ="
                + " e.learner_id where u.username = ? and e.class_id = ? and e.status = 'ACTIVE' and e.source ="
                + " 'ROSTER'", STUDENT, courseClass), "the student is in the class now");
    }
}
