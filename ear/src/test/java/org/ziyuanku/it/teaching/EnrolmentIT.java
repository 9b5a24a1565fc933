package org.ziyuanku.it.teaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ziyuanku.it.support.ApiClient;
import org.ziyuanku.it.support.CourseFixtures;
import org.ziyuanku.it.support.RosterWorkbook;
import org.ziyuanku.it.support.TestDatabase;
import org.ziyuanku.it.support.TestKeycloak;
import org.ziyuanku.it.support.TestResources;

/**
 * Enrolment (issue 13, item 4): open enrolment into a published offering, leaving, enrolling again; learners of
 * other schools and social learners only when the offering is open to outsiders (403 otherwise); joining by class
 * code (typed loosely) and the refusals around it (unknown code 404, open enrolment of a code offering 409); a class
 * roster imported from Excel (学号, 姓名) matched against the school's real-name roster with a per-row report that
 * never tells whether a student number exists; malformed bodies answer 400 with a message.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EnrolmentIT {

    private static final String SUFFIX = Long.toString(System.currentTimeMillis() % 100_000);
    private static final String TEACHER = "enrol-teacher-" + SUFFIX;
    private static final String LEARNER = "enrol-learner-" + SUFFIX;
    private static final String OTHER_SCHOOL = "enrol-other-" + SUFFIX;
    private static final String SOCIAL = "enrol-social-" + SUFFIX;
    private static final String VERIFIED = "enrol-verified-" + SUFFIX;
    private static final String NOT_TEACHING = "enrol-stranger-" + SUFFIX;
    private static long course;
    private static long school;

    @BeforeAll
    static void peopleAndACourse() throws Exception {
        TestKeycloak.ensureRunning();
        school = TeachingWorld.schoolA();
        long teacher = TeachingWorld.person(TEACHER, "teacher", school);
        TeachingWorld.person(NOT_TEACHING, "teacher", school);
        TeachingWorld.person(LEARNER, "learner", school);
        TeachingWorld.person(OTHER_SCHOOL, "learner", TeachingWorld.schoolB());
        TeachingWorld.person(SOCIAL, "learner", null);
        long verified = TeachingWorld.person(VERIFIED, "learner", school);
        TestDatabase.update("insert into roster_entry (id, organisation_id, person_name, member_number, member_role,"
                + " bound_user_id, bound_at, imported_by, imported_at, version) values (nextval('roster_entry_seq'),"
                + " ?, '张敏', ?, 'STUDENT', ?, now(), 'it', now(), 0)", school, "S" + SUFFIX + "1", verified);
        TestDatabase.update("insert into roster_entry (id, organisation_id, person_name, member_number, member_role,"
                + " imported_by, imported_at, version) values (nextval('roster_entry_seq'), ?, '李雷', ?, 'STUDENT',"
                + " 'it', now(), 0)", school, "S" + SUFFIX + "2");
        long library = TestResources.weldingLibraryWith(school);
        course = TeachingWorld.course(library, teacher, "ENROL" + SUFFIX,
                TeachingWorld.publishedResources(TEACHER, library, "enrol" + SUFFIX, 1));
    }

    @AfterAll
    static void deleteWhatWasCreated() throws Exception {
        TeachingWorld.forgetCourse(course);
        TestDatabase.update("delete from roster_entry where member_number like ?", "S" + SUFFIX + "%");
        TeachingWorld.forget(TEACHER, LEARNER, OTHER_SCHOOL, SOCIAL, VERIFIED, NOT_TEACHING);
    }

    private static long publishedOffering(String mode, boolean outsiders) {
        long offering = TeachingWorld.offer(TEACHER, course, "焊接选课 " + mode + " " + SUFFIX, mode, outsiders);
        TeachingWorld.createClass(TEACHER, offering, "一班");
        TeachingWorld.publish(TEACHER, offering);
        return offering;
    }

    @Test
    void openEnrolment_enrolLeaveAndEnrolAgain_onlyOnceAtATime() throws Exception {
        long offering = publishedOffering("OPEN", false);
        ApiClient learner = ApiClient.as(LEARNER);
        HttpResponse<String> enrolled = learner.post("/api/v1/offerings/" + offering + "/enrolment");
        assertEquals(201, enrolled.statusCode(), enrolled.body());
        assertEquals(409, learner.post("/api/v1/offerings/" + offering + "/enrolment").statusCode());
        assertEquals(204, learner.delete("/api/v1/offerings/" + offering + "/enrolment").statusCode());
        HttpResponse<String> again = learner.delete("/api/v1/offerings/" + offering + "/enrolment");
        assertEquals(409, again.statusCode(), again.body());
        assertEquals(201, learner.post("/api/v1/offerings/" + offering + "/enrolment").statusCode());
        assertEquals("ACTIVE,LEFT", TestDatabase.queryString("select string_agg(e.status, ',' order by e.status) from"
                + " enrolment e join user_account u on u.id = e.learner_id where u.username = ? and offering_id = ?",
                LEARNER, offering), "leaving keeps the old enrolment as history");
    }

    @Test
    void outsiders_enrolOnlyWhereTheOfferingIsOpenToThem() throws Exception {
        long closed = publishedOffering("OPEN", false);
        for (String outsider : new String[] {OTHER_SCHOOL, SOCIAL}) {
            HttpResponse<String> refused = ApiClient.as(outsider).inLanguage("en").post("/api/v1/offerings/" + closed
                    + "/enrolment");
            assertEquals(403, refused.statusCode(), refused.body());
            assertTrue(refused.body().contains("open only to learners of its own school"), refused.body());
        }
        long open = publishedOffering("OPEN", true);
        assertEquals(201, ApiClient.as(OTHER_SCHOOL).post("/api/v1/offerings/" + open + "/enrolment").statusCode());
        assertEquals(201, ApiClient.as(SOCIAL).post("/api/v1/offerings/" + open + "/enrolment").statusCode());
    }

    @Test
    void joinByCode_looselyTyped_andTheRefusalsAroundIt() throws Exception {
        long offering = publishedOffering("CODE", false);
        long courseClass = TestDatabase.queryLong("select id from course_class where offering_id = ?", offering);
        String code = CourseFixtures.classCode(courseClass);
        ApiClient learner = ApiClient.as(LEARNER);
        HttpResponse<String> open = learner.post("/api/v1/offerings/" + offering + "/enrolment");
        assertEquals(409, open.statusCode(), "a code offering has no open enrolment: " + open.body());
        HttpResponse<String> unknown = learner.postJson("/api/v1/classes/join", "{\"code\":\"ZZZZZZZZ\"}");
        assertEquals(404, unknown.statusCode(), unknown.body());
        assertTrue(unknown.body().contains("班级邀请码无效"), unknown.body());
        String typed = " " + code.substring(0, 4).toLowerCase(Locale.ROOT) + "-" + code.substring(4) + " ";
        HttpResponse<String> joined = learner.postJson("/api/v1/classes/join", "{\"code\":\"" + typed + "\"}");
        assertEquals(201, joined.statusCode(), joined.body());
        assertEquals(String.valueOf(courseClass), ApiClient.json(joined.body(), "classId"));
        HttpResponse<String> learners = ApiClient.as(TEACHER).get("/api/v1/classes/" + courseClass + "/learners");
        assertTrue(learners.body().contains(LEARNER) && learners.body().contains("\"source\":\"CODE\""),
                learners.body());
        HttpResponse<String> malformed = learner.postJson("/api/v1/classes/join", "[1,");
        assertEquals(400, malformed.statusCode(), malformed.body());
        assertTrue(malformed.body().contains("\"message\""), malformed.body());

        HttpResponse<String> removed = ApiClient.as(NOT_TEACHING).delete("/api/v1/classes/" + courseClass
                + "/learners/" + ApiClient.json(learners.body(), "accountId"));
        assertEquals(404, removed.statusCode(), "a teacher outside the class learns nothing: " + removed.body());
        assertEquals(204, ApiClient.as(TEACHER).delete("/api/v1/classes/" + courseClass + "/learners/"
                + ApiClient.json(learners.body(), "accountId")).statusCode());
        assertEquals(1, TestDatabase.queryLong("select count(*) from enrolment where offering_id = ? and status ="
                + " 'REMOVED'", offering));
    }

    @Test
    void rosterImport_enrolsMatchedRows_keepsTheOthersPending_withoutTellingWhichNumbersExist() throws Exception {
        long offering = publishedOffering("ROSTER", false);
        long courseClass = TestDatabase.queryLong("select id from course_class where offering_id = ?", offering);
        Path sheet = RosterWorkbook.write(new Object[] {"姓名", "学号"},
                new Object[] {"张敏", "S" + SUFFIX + "1"},
                new Object[] {"李雷", "S" + SUFFIX + "2"},
                new Object[] {"王五", "S" + SUFFIX + "9"},
                new Object[] {"赵六", "S" + SUFFIX + "1x"},
                new Object[] {"", "S" + SUFFIX + "3"});
        HttpResponse<String> report = ApiClient.as(TEACHER).postBytes("/api/v1/classes/" + courseClass + "/roster",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Files.readAllBytes(sheet));
        assertEquals(200, report.statusCode(), report.body());
        assertEquals("1", ApiClient.json(report.body(), "enrolled"));
        assertEquals("3", ApiClient.json(report.body(), "pending"));
        assertEquals("1", ApiClient.json(report.body(), "invalid"));
        assertEquals(java.util.List.of("ENROLLED", "PENDING", "PENDING", "PENDING", "INVALID"),
                TeachingWorld.all(report.body(), "outcome"), "an unbound and an unknown number look alike");
        assertEquals(1, TestDatabase.queryLong("select count(*) from enrolment e join user_account u on u.id ="
                + " e.learner_id where u.username = ? and e.class_id = ? and e.source = 'ROSTER' and e.student_no = ?",
                VERIFIED, courseClass, "S" + SUFFIX + "1"));
        assertEquals(3, TestDatabase.queryLong("select count(*) from class_roster_entry where class_id = ? and state"
                + " = 'PENDING'", courseClass), "unmatched rows are kept PENDING");
        HttpResponse<String> learnerJoins = ApiClient.as(LEARNER).postJson("/api/v1/classes/join", "{\"code\":\""
                + CourseFixtures.classCode(courseClass) + "\"}");
        assertEquals(409, learnerJoins.statusCode(), "a roster offering takes no codes: " + learnerJoins.body());

        HttpResponse<String> notAWorkbook = ApiClient.as(TEACHER).inLanguage("en").postBytes("/api/v1/classes/"
                + courseClass + "/roster", "application/octet-stream",
                Files.readAllBytes(RosterWorkbook.notAWorkbook()));
        assertEquals(400, notAWorkbook.statusCode(), notAWorkbook.body());
        assertTrue(notAWorkbook.body().contains("columns 学号 and 姓名"), notAWorkbook.body());
        HttpResponse<String> stranger = ApiClient.as(NOT_TEACHING).postBytes("/api/v1/classes/" + courseClass
                + "/roster", "application/octet-stream", Files.readAllBytes(sheet));
        assertEquals(404, stranger.statusCode(), stranger.body());
    }
}
