package org.ziyuanku.it.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ziyuanku.it.Deployments;
import org.ziyuanku.it.support.ApiClient;
import org.ziyuanku.it.support.ApiRefusals;
import org.ziyuanku.it.support.CourseFixtures;
import org.ziyuanku.it.support.Http;
import org.ziyuanku.it.support.SessionSignIn;
import org.ziyuanku.it.support.TestAccounts;
import org.ziyuanku.it.support.TestDatabase;
import org.ziyuanku.it.support.TestKeycloak;
import org.ziyuanku.it.support.TestResources;

/**
 * Certificates of completed courses (issue 16 item 5): refused (409) while an item is open; once every item is
 * completed the learner has it issued (again: the same one), lists it on the learning archive and downloads the PDF
 * with the Chinese font embedded; anyone verifies its code and sees name, course, library and date only; a forged code
 * is 404, a malformed one 400; another learner gets 404 for the PDF and for a course they do not take.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CertificateIT {

    private static final String SUFFIX = "-ce" + System.currentTimeMillis() % 100_000;
    private static final String TEACHER = "cert-teacher" + SUFFIX;
    private static final String LEARNER = "cert-learner" + SUFFIX;
    private static final String OTHER = "cert-other" + SUFFIX;
    private static final String NAME = "证书学员" + SUFFIX;
    private static long course;
    private static long offering;
    private static long enrolment;
    private static long item;

    @BeforeAll
    static void aLearnerWithAnOpenItem() throws Exception {
        TestKeycloak.ensureRunning();
        long library = TestResources.contributor(TEACHER);
        HttpResponse<String> created = ApiClient.as(TEACHER).upload("/api/v1/libraries/" + library + "/resources",
                "cert-" + SUFFIX + ".png", TestResources.sample("sample.png"),
                ApiClient.fields("title", "证书图" + SUFFIX));
        assertEquals(201, created.statusCode(), created.body());
        long resource = Long.parseLong(ApiClient.json(created.body(), "id"));
        TestDatabase.update("update teaching_resource set status = 'PUBLISHED' where id = ?", resource);
        long school = TestAccounts.organisation(TestResources.DEMO_SCHOOL);
        TestKeycloak.createUser(LEARNER, "learner");
        long learner = TestAccounts.account(LEARNER, school);
        TestDatabase.update("update user_account set real_name = ? where id = ?", NAME, learner);
        TestKeycloak.createUser(OTHER, "learner");
        TestAccounts.account(OTHER, school);
        long teacher = TestDatabase.queryLong("select id from user_account where username = ?", TEACHER);
        course = CourseFixtures.publishedCourse(library, teacher, "CE" + SUFFIX.hashCode(), resource);
        offering = CourseFixtures.publishedOffering(course, teacher, "2026-2027-2");
        enrolment = CourseFixtures.enrol(offering, CourseFixtures.courseClass(offering, "证书班" + SUFFIX, teacher),
                learner);
        item = CourseFixtures.offeringItems(offering).get(0);
    }

    @AfterAll
    static void deleteWhatWasCreated() throws SQLException {
        TestDatabase.update("delete from course_certificate where offering_id = ?", offering);
        TestDatabase.update("delete from enrolment where offering_id = ?", offering);
        TestDatabase.update("delete from course_class where offering_id = ?", offering);
        TestDatabase.update("delete from offering_node where offering_id = ?", offering);
        TestDatabase.update("delete from course_offering where id = ?", offering);
        TestDatabase.update("delete from course_node where course_id = ?", course);
        TestDatabase.update("delete from standard_course where id = ?", course);
        TestResources.forget(LEARNER, OTHER, TEACHER);
    }

    @Test
    void completedCourse_certificateIssuedListedDownloadedAndVerified() throws Exception {
        ApiClient learner = ApiClient.as(LEARNER);
        String body = "{\"offeringId\":" + offering + "}";
        HttpResponse<String> early = learner.postJson("/api/v1/me/certificates", body);
        assertEquals(409, early.statusCode(), early.body());
        TestDatabase.update("insert into item_progress (enrolment_id, offering_node_id, part_id, covered, covered_s,"
                + " required_s, time_spent_ms, status, completed_at, updated_at) values (?, ?, 0, '', 60, 60, 60000,"
                + " 'COMPLETED', localtimestamp, localtimestamp)", enrolment, item);

        HttpResponse<String> issued = learner.postJson("/api/v1/me/certificates", body);
        assertEquals(201, issued.statusCode(), issued.body());
        String code = ApiClient.json(issued.body(), "code");
        String id = ApiClient.json(issued.body(), "id");
        assertEquals(NAME, ApiClient.json(issued.body(), "learnerName"));
        assertEquals(code, ApiClient.json(learner.postJson("/api/v1/me/certificates", body).body(), "code"));
        assertTrue(learner.get("/api/v1/me/certificates").body().contains("\"code\":\"" + code + "\""));

        HttpResponse<byte[]> pdf = learner.getBytes("/api/v1/me/certificates/" + id + "/pdf");
        assertEquals(200, pdf.statusCode());
        String raw = new String(pdf.body(), StandardCharsets.ISO_8859_1);
        assertTrue(raw.startsWith("%PDF"), "a PDF");
        assertTrue(raw.contains("NotoSansCJKsc"), "the Chinese font is embedded");

        HttpResponse<String> verified = ApiClient.anonymous().get("/api/v1/certificates/" + code);
        assertEquals(200, verified.statusCode(), verified.body());
        assertTrue(verified.body().contains("\"learnerName\":\"" + NAME + "\""), verified.body());
        assertTrue(verified.body().contains("\"courseTitle\":\"开课 2026-2027-2\""), verified.body());
        assertFalse(verified.body().contains(LEARNER), "no user name: " + verified.body());
        assertFalse(verified.body().contains("\"id\":") || verified.body().contains("\"offeringId\":"),
                "no ids: " + verified.body());

        String archive = Http.get(Deployments.BASE_URL + "/console/learning/archive.xhtml",
                SessionSignIn.cookies(LEARNER), "zh-CN").body();
        assertTrue(archive.contains("data-code=\"" + code + "\"") && archive.contains("/certificates/" + id + "/pdf"),
                archive);
    }

    @Test
    void forgedCodeIs404_malformedIs400_anotherLearnerGets404_missingBodyIs400() throws Exception {
        ApiClient other = ApiClient.as(OTHER);
        assertEquals(404, ApiClient.anonymous().get("/api/v1/certificates/ABCDEFGHJKLMNPQR").statusCode());
        ApiRefusals.assertBadRequest(ApiClient.anonymous().get("/api/v1/certificates/abc"));
        assertEquals(404, other.postJson("/api/v1/me/certificates", "{\"offeringId\":" + offering + "}")
                .statusCode());
        long someone = TestDatabase.queryLong("select coalesce(max(id), 0) from course_certificate");
        assertEquals(404, other.getBytes("/api/v1/me/certificates/" + Math.max(someone, 1) + "/pdf").statusCode());
        ApiRefusals.assertBadRequestInBothLanguages(other, "POST", "/api/v1/me/certificates", "{}");
        assertEquals(401, ApiClient.anonymous().get("/api/v1/me/certificates").statusCode());
    }
}
