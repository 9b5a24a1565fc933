package org.ziyuanku.it.teaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ziyuanku.it.support.ApiClient;
import org.ziyuanku.it.support.CourseFixtures;
import org.ziyuanku.it.support.CrossSiteApi;
import org.ziyuanku.it.support.TestDatabase;
import org.ziyuanku.it.support.TestKeycloak;
import org.ziyuanku.it.support.TestResources;

/**
 * Notices (公告) of an offering through the REST API: the teacher posts a pinned notice to class 一班 and one to the
 * whole offering; 一班's learners list both (pinned first) and are notified, 二班's learner sees only the offering-wide
 * one; reading twice records one receipt and the teacher's receipts show 1 of 2 read and who has not; a teacher of
 * another school and a learner are refused (404, audited) and store nothing; bad bodies answer 400 in the caller's
 * language; a blocked word is refused and nothing stored; the teacher's cookie from another site is refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClassNoticeIT {

    private static final String SUFFIX = Long.toString(System.currentTimeMillis() % 100_000);
    private static final String TEACHER = "cn-teacher-" + SUFFIX;
    private static final String OUTSIDER = "cn-outsider-" + SUFFIX;
    private static final String READER = "cn-reader-" + SUFFIX;
    private static final String IDLER = "cn-idler-" + SUFFIX;
    private static final String OTHER = "cn-other-" + SUFFIX;
    private static final String BLOCKED = "公告禁词" + SUFFIX;
    private static long reader;
    private static long idler;
    private static long other;
    private static long course;
    private static long offering;
    private static long classOne;
    private static long word;

    @BeforeAll
    static void anOfferingWithTwoClasses() throws Exception {
        TestKeycloak.ensureRunning();
        long school = TeachingWorld.schoolA();
        long teacher = TeachingWorld.person(TEACHER, "teacher", school);
        TeachingWorld.person(OUTSIDER, "teacher", TeachingWorld.schoolB());
        reader = TeachingWorld.person(READER, "learner", school);
        idler = TeachingWorld.person(IDLER, "learner", school);
        other = TeachingWorld.person(OTHER, "learner", school);
        long library = TestResources.weldingLibraryWith(school);
        course = TeachingWorld.course(library, teacher, "CN" + SUFFIX,
                TeachingWorld.publishedResources(TEACHER, library, "cn" + SUFFIX, 1));
        offering = TeachingWorld.offer(TEACHER, course, "焊接公告 " + SUFFIX, "CODE", false);
        classOne = TeachingWorld.createClass(TEACHER, offering, "一班");
        long classTwo = TeachingWorld.createClass(TEACHER, offering, "二班");
        TeachingWorld.publish(TEACHER, offering);
        CourseFixtures.enrol(offering, classOne, reader);
        CourseFixtures.enrol(offering, classOne, idler);
        CourseFixtures.enrol(offering, classTwo, other);
        word = TestDatabase.queryLong("select nextval('sensitive_word_seq')");
        TestDatabase.update("insert into sensitive_word (id, word, category, severity, created_by, created_at,"
                + " updated_at) values (?, ?, 'OTHER', 'BLOCK', 'it', now(), now())", word, BLOCKED);
    }

    @AfterAll
    static void deleteWhatWasCreated() throws Exception {
        TestDatabase.update("delete from sensitive_word where id = ?", word);
        TestDatabase.update("delete from class_notice where offering_id = ?", offering);
        for (long learner : new long[] {reader, idler, other}) {
            TestDatabase.update("delete from notification where recipient_id = ?", learner);
        }
        TeachingWorld.forgetCourse(course);
        TeachingWorld.forget(TEACHER, OUTSIDER, READER, IDLER, OTHER);
    }

    @Test
    @Order(1)
    void aPinnedClassNotice_reachesItsClassOnly_isReadOnce_andTheReceiptsSayWhoHasNotRead() throws Exception {
        long everyone = post(TEACHER, "{\"title\":\"全体公告\",\"body\":\"<p>下周实训</p>\",\"pinned\":false}");
        long pinned = post(TEACHER, "{\"classId\":" + classOne + ",\"title\":\"一班置顶\",\"body\":"
                + "\"<p>请带焊帽</p><script>alert(1)</script>\",\"pinned\":true}");
        assertFalse(TestDatabase.queryString("select body from class_notice where id = ?", pinned).contains("script"));

        HttpResponse<String> mine = ApiClient.as(READER).get("/api/v1/offerings/" + offering + "/notices");
        assertEquals(200, mine.statusCode(), mine.body());
        assertEquals(List.of("一班置顶", "全体公告"), TeachingWorld.all(mine.body(), "title"));
        assertEquals(List.of("false", "false"), TeachingWorld.all(mine.body(), "read"));
        HttpResponse<String> theirs = ApiClient.as(OTHER).get("/api/v1/offerings/" + offering + "/notices");
        assertEquals(List.of("全体公告"), TeachingWorld.all(theirs.body(), "title"), theirs.body());
        assertEquals(2, notifications(reader));
        assertEquals(1, notifications(other));
        assertEquals(404, ApiClient.as(OTHER).post("/api/v1/notices/" + pinned + "/read").statusCode());

        for (int i = 0; i < 2; i++) {
            HttpResponse<String> read = ApiClient.as(READER).post("/api/v1/notices/" + pinned + "/read");
            assertEquals(200, read.statusCode(), read.body());
            assertEquals("true", ApiClient.json(read.body(), "read"), read.body());
        }
        assertEquals(1, TestDatabase.queryLong("select count(*) from class_notice_read where notice_id = ?", pinned));
        HttpResponse<String> receipts = ApiClient.as(TEACHER).get("/api/v1/notices/" + pinned + "/receipts");
        assertEquals(200, receipts.statusCode(), receipts.body());
        assertEquals("1", ApiClient.json(receipts.body(), "readCount"));
        assertEquals("2", ApiClient.json(receipts.body(), "audience"));
        String unread = receipts.body().substring(receipts.body().indexOf("\"unread\""));
        assertEquals(List.of(IDLER), TeachingWorld.all(unread, "username"), receipts.body());
        HttpResponse<String> staff = ApiClient.as(TEACHER).get("/api/v1/offerings/" + offering + "/notices");
        assertEquals(List.of("1", "0"), TeachingWorld.all(staff.body(), "readCount"), staff.body());
        assertEquals(List.of("2", "3"), TeachingWorld.all(staff.body(), "audience"), staff.body());
        assertTrue(everyone > 0);
    }

    @Test
    void anotherSchoolsTeacher_andALearner_areRefusedAsNotFound_auditedDenied_andStoreNothing() throws Exception {
        long before = notices();
        String body = "{\"title\":\"冒充\",\"body\":\"<p>x</p>\",\"pinned\":true}";
        HttpResponse<String> outsider = ApiClient.as(OUTSIDER).postJson(path(), body);
        HttpResponse<String> learner = ApiClient.as(READER).postJson(path(), body);
        HttpResponse<String> list = ApiClient.as(OUTSIDER).get(path());

        assertEquals(404, outsider.statusCode(), outsider.body());
        assertEquals(404, learner.statusCode(), learner.body());
        assertEquals(404, list.statusCode(), list.body());
        assertEquals(before, notices());
        assertEquals(1, denials(OUTSIDER));
        assertEquals(1, denials(READER));
    }

    @Test
    void badBodies_are400InTheCallersLanguage_andABlockedWordIsRefused_storingNothing() throws Exception {
        long before = notices();
        HttpResponse<String> zh = ApiClient.as(TEACHER).postJson(path(), "{\"title\":");
        HttpResponse<String> en = ApiClient.as(TEACHER).inLanguage("en").postJson(path(), "{\"title\":");
        HttpResponse<String> noTitle = ApiClient.as(TEACHER).postJson(path(), "{\"title\":\" \",\"body\":\"<p>x</p>\"}");
        HttpResponse<String> noTitleEn = ApiClient.as(TEACHER).inLanguage("en").postJson(path(),
                "{\"title\":\"" + "长".repeat(101) + "\",\"body\":\"<p>x</p>\"}");
        HttpResponse<String> emptyBody = ApiClient.as(TEACHER).postJson(path(), "{\"title\":\"t\",\"body\":"
                + "\"<script>alert(1)</script>\"}");
        HttpResponse<String> blocked = ApiClient.as(TEACHER).postJson(path(), "{\"title\":\"通知\",\"body\":\"<p>"
                + BLOCKED + "</p>\"}");

        for (HttpResponse<String> r : List.of(zh, en, noTitle, noTitleEn, emptyBody, blocked)) {
            assertEquals(400, r.statusCode(), r.body());
        }
        assertTrue(ApiClient.json(zh.body(), "message").codePoints().anyMatch(c -> c > 0x4e00), zh.body());
        assertFalse(ApiClient.json(en.body(), "message").codePoints().anyMatch(c -> c > 0x4e00), en.body());
        assertEquals("公告标题须为 1 到 100 个字符。", ApiClient.json(noTitle.body(), "message"));
        assertEquals("A notice needs a title of 1 to 100 characters.", ApiClient.json(noTitleEn.body(), "message"));
        assertTrue(ApiClient.json(blocked.body(), "message").contains(BLOCKED), blocked.body());
        assertEquals(before, notices());
    }

    @Test
    void theTeachersCookie_fromAnotherSite_isRefused_andChangesNothing() throws Exception {
        long notice = post(TEACHER, "{\"title\":\"跨站前\",\"body\":\"<p>原文</p>\",\"pinned\":false}");
        CrossSiteApi teacher = CrossSiteApi.victim(TEACHER);
        teacher.assertLive();
        CrossSiteApi learner = CrossSiteApi.victim(IDLER);
        learner.assertLive();
        long before = notices();

        CrossSiteApi.assertRefused(teacher.send("POST", path(), "{\"title\":\"跨站\",\"body\":\"<p>x</p>\"}"));
        CrossSiteApi.assertRefused(teacher.send("PUT", "/api/v1/notices/" + notice,
                "{\"title\":\"篡改\",\"body\":\"<p>x</p>\"}"));
        CrossSiteApi.assertRefused(teacher.send("DELETE", "/api/v1/notices/" + notice, null));
        CrossSiteApi.assertRefused(learner.send("POST", "/api/v1/notices/" + notice + "/read", null));

        assertEquals(before, notices());
        assertEquals("跨站前", TestDatabase.queryString("select title from class_notice where id = ?", notice));
        assertEquals(0, TestDatabase.queryLong("select count(*) from class_notice_read where notice_id = ?", notice));
    }

    private static long post(String username, String json) {
        HttpResponse<String> created = ApiClient.as(username).postJson(path(), json);
        assertEquals(201, created.statusCode(), created.body());
        return Long.parseLong(ApiClient.json(created.body(), "id"));
    }

    private static String path() {
        return "/api/v1/offerings/" + offering + "/notices";
    }

    private static long notices() throws SQLException {
        return TestDatabase.queryLong("select count(*) from class_notice where offering_id = ?", offering);
    }

    private static long notifications(long learner) throws SQLException {
        return TestDatabase.queryLong("select count(*) from notification where recipient_id = ? and message_key ="
                + " 'notification.teaching.notice' and link = 'learning.course?offering=" + offering + "'", learner);
    }

    private static long denials(String actor) throws SQLException {
        return TestDatabase.queryLong("select count(*) from audit_record where actor = ? and action = 'NOTICE_POST'"
                + " and scope = ? and outcome = 'DENIED'", actor, "offering:" + offering);
    }
}
