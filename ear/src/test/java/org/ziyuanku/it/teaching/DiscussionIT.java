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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ziyuanku.it.support.ApiClient;
import org.ziyuanku.it.support.CourseFixtures;
import org.ziyuanku.it.support.CrossSiteApi;
import org.ziyuanku.it.support.TestDatabase;
import org.ziyuanku.it.support.TestKeycloak;
import org.ziyuanku.it.support.TestResources;

/**
 * Discussions (讨论区) of an offering through the REST API, as a class uses them: a learner of 一班 starts a topic,
 * a classmate replies to a reply (threaded) and the author is notified; 二班's learner neither lists nor opens it; a
 * like counts once; the teacher marks a best reply (one per topic). A blocked word is refused naming it and stores
 * nothing; a flagged word holds the learner's reply (the classmate does not see it) until the teacher approves it. The
 * teacher hides a reply with a reason (learners see the reason, not the text) and locks the topic (replies refused,
 * 409); a learner moderating is 403, another school's teacher 404, both audited DENIED; bad bodies answer 400 in the
 * caller's language; cookies from another site are refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DiscussionIT {

    private static final String SUFFIX = Long.toString(System.currentTimeMillis() % 100_000);
    private static final String TEACHER = "dis-teacher-" + SUFFIX;
    private static final String OUTSIDER = "dis-outsider-" + SUFFIX;
    private static final String ASKER = "dis-asker-" + SUFFIX;
    private static final String MATE = "dis-mate-" + SUFFIX;
    private static final String OTHER = "dis-other-" + SUFFIX;
    private static final String BLOCKED = "讨论禁词" + SUFFIX;
    private static final String FLAGGED = "讨论敏感" + SUFFIX;
    private static long asker;
    private static long course;
    private static long offering;
    private static long classOne;
    private static long[] words;

    @BeforeAll
    static void anOfferingWithTwoClasses() throws Exception {
        TestKeycloak.ensureRunning();
        long school = TeachingWorld.schoolA();
        long teacher = TeachingWorld.person(TEACHER, "teacher", school);
        TeachingWorld.person(OUTSIDER, "teacher", TeachingWorld.schoolB());
        asker = TeachingWorld.person(ASKER, "learner", school);
        long mate = TeachingWorld.person(MATE, "learner", school);
        long other = TeachingWorld.person(OTHER, "learner", school);
        long library = TestResources.weldingLibraryWith(school);
        course = TeachingWorld.course(library, teacher, "DIS" + SUFFIX,
                TeachingWorld.publishedResources(TEACHER, library, "dis" + SUFFIX, 1));
        offering = TeachingWorld.offer(TEACHER, course, "焊接讨论 " + SUFFIX, "CODE", false);
        classOne = TeachingWorld.createClass(TEACHER, offering, "一班");
        long classTwo = TeachingWorld.createClass(TEACHER, offering, "二班");
        TeachingWorld.publish(TEACHER, offering);
        CourseFixtures.enrol(offering, classOne, asker);
        CourseFixtures.enrol(offering, classOne, mate);
        CourseFixtures.enrol(offering, classTwo, other);
        words = new long[] {word(BLOCKED, "BLOCK"), word(FLAGGED, "FLAG")};
    }

    @AfterAll
    static void deleteWhatWasCreated() throws Exception {
        for (long word : words) {
            TestDatabase.update("delete from sensitive_word where id = ?", word);
        }
        TestDatabase.update("delete from discussion_topic where offering_id = ?", offering);
        TestDatabase.update("delete from notification where recipient_id = ?", asker);
        TeachingWorld.forgetCourse(course);
        TeachingWorld.forget(TEACHER, OUTSIDER, ASKER, MATE, OTHER);
    }

    @Test
    void aClassTalks_threaded_liked_bestMarked_andAnotherClassSeesNothing() throws Exception {
        long notified = notifications();
        long topic = topic(ASKER, "{\"title\":\"焊缝气孔怎么办\",\"body\":\"<p>试板上有气孔</p><script>x()</script>\"}");
        assertEquals(classOne, TestDatabase.queryLong("select class_id from discussion_topic where id = ?", topic));
        assertFalse(TestDatabase.queryString("select body from discussion_topic where id = ?", topic)
                .contains("script"));
        long first = reply(TEACHER, topic, "{\"body\":\"先检查保护气流量\"}");
        long answer = reply(MATE, topic, "{\"parentId\":" + first + ",\"body\":\"还要清理坡口油污\"}");
        assertEquals(first, TestDatabase.queryLong("select parent_id from discussion_reply where id = ?", answer));
        assertEquals(notified + 2, notifications());
        assertEquals("teaching.discussion?topic=" + topic, TestDatabase.queryString("select link from notification"
                + " where recipient_id = ? and message_key = 'notification.teaching.discussionReply' order by id desc"
                + " limit 1", asker));

        HttpResponse<String> theirs = ApiClient.as(OTHER).get(path());
        assertEquals(200, theirs.statusCode(), theirs.body());
        assertFalse(theirs.body().contains("焊缝气孔怎么办"), theirs.body());
        assertEquals(404, ApiClient.as(OTHER).get("/api/v1/discussions/" + topic).statusCode());
        assertEquals(404, ApiClient.as(OTHER).postJson(replies(topic), "{\"body\":\"插话\"}").statusCode());
        HttpResponse<String> mine = ApiClient.as(ASKER).get(path());
        assertTrue(TeachingWorld.all(mine.body(), "title").contains("焊缝气孔怎么办"), mine.body());

        for (int i = 0; i < 2; i++) {
            HttpResponse<String> like = ApiClient.as(ASKER).post("/api/v1/discussions/replies/" + answer + "/like");
            assertEquals(200, like.statusCode(), like.body());
            assertEquals("1", ApiClient.json(like.body(), "likes"));
        }
        assertEquals(204, ApiClient.as(TEACHER).post("/api/v1/discussions/replies/" + first + "/best").statusCode());
        assertEquals(204, ApiClient.as(TEACHER).post("/api/v1/discussions/replies/" + answer + "/best").statusCode());
        assertEquals(answer, TestDatabase.queryLong("select id from discussion_reply where topic_id = ? and best",
                topic));
        HttpResponse<String> thread = ApiClient.as(ASKER).get("/api/v1/discussions/" + topic);
        String replyPart = thread.body().substring(thread.body().indexOf("\"replies\":["));
        assertEquals(List.of("false", "true"), TeachingWorld.all(replyPart, "best"), thread.body());
        assertEquals(List.of("false", "true"), TeachingWorld.all(replyPart, "likedByMe"), thread.body());
    }

    @Test
    void aBlockedWordIsRefused_aFlaggedOneHeldUntilApproved_andAHiddenReplyShowsOnlyItsReason() throws Exception {
        long topic = topic(TEACHER, "{\"title\":\"全体讨论\",\"body\":\"<p>说说实训安全</p>\"}");
        long before = count("discussion_reply", topic);
        HttpResponse<String> blocked = ApiClient.as(MATE).postJson(replies(topic), "{\"body\":\"含" + BLOCKED + "\"}");
        assertEquals(400, blocked.statusCode(), blocked.body());
        assertTrue(ApiClient.json(blocked.body(), "message").contains(BLOCKED), blocked.body());
        assertEquals(before, count("discussion_reply", topic));

        long held = reply(MATE, topic, "{\"body\":\"我觉得" + FLAGGED + "\"}");
        assertEquals("HELD", TestDatabase.queryString("select status from discussion_reply where id = ?", held));
        assertFalse(ApiClient.as(OTHER).get("/api/v1/discussions/" + topic).body().contains(FLAGGED));
        assertTrue(ApiClient.as(MATE).get("/api/v1/discussions/" + topic).body().contains(FLAGGED));
        HttpResponse<String> approve = ApiClient.as(TEACHER).postJson("/api/v1/discussions/replies/" + held
                + "/moderation", "{\"action\":\"APPROVE\"}");
        assertEquals(200, approve.statusCode(), approve.body());
        assertTrue(ApiClient.as(OTHER).get("/api/v1/discussions/" + topic).body().contains(FLAGGED));

        long rude = reply(OTHER, topic, "{\"body\":\"与课程无关的广告\"}");
        HttpResponse<String> hide = ApiClient.as(TEACHER).postJson("/api/v1/discussions/replies/" + rude
                + "/moderation", "{\"action\":\"HIDE\",\"reason\":\"与课程无关\"}");
        assertEquals(200, hide.statusCode(), hide.body());
        String seen = ApiClient.as(ASKER).get("/api/v1/discussions/" + topic).body();
        assertFalse(seen.contains("与课程无关的广告"), seen);
        assertTrue(seen.contains("与课程无关"), seen);
        assertEquals(TEACHER, TestDatabase.queryString("select u.username from discussion_reply r join user_account u"
                + " on u.id = r.moderated_by where r.id = ?", rude));

        HttpResponse<String> lock = ApiClient.as(TEACHER).postJson("/api/v1/discussions/" + topic + "/lock",
                "{\"on\":true}");
        assertEquals(204, lock.statusCode(), lock.body());
        HttpResponse<String> late = ApiClient.as(ASKER).inLanguage("en").postJson(replies(topic), "{\"body\":\"晚了\"}");
        assertEquals(409, late.statusCode(), late.body());
        assertEquals("This discussion is locked (or awaits moderation) and takes no more replies.",
                ApiClient.json(late.body(), "message"));
    }

    @Test
    void aLearnerModerating_isForbidden_anotherSchool_isNotFound_bothAuditedDenied() throws Exception {
        long topic = topic(ASKER, "{\"title\":\"想删别人的帖\",\"body\":\"<p>试试</p>\"}");
        long reply = reply(TEACHER, topic, "{\"body\":\"老师的回复\"}");
        HttpResponse<String> learner = ApiClient.as(MATE).postJson("/api/v1/discussions/replies/" + reply
                + "/moderation", "{\"action\":\"DELETE\",\"reason\":\"不喜欢\"}");
        HttpResponse<String> learnerLock = ApiClient.as(ASKER).postJson("/api/v1/discussions/" + topic + "/lock",
                "{\"on\":true}");
        HttpResponse<String> outsider = ApiClient.as(OUTSIDER).postJson("/api/v1/discussions/" + topic
                + "/moderation", "{\"action\":\"HIDE\",\"reason\":\"冒充\"}");
        HttpResponse<String> outsiderList = ApiClient.as(OUTSIDER).get(path());
        HttpResponse<String> outsiderPost = ApiClient.as(OUTSIDER).postJson(path(), "{\"title\":\"t\",\"body\":\"b\"}");

        assertEquals(403, learner.statusCode(), learner.body());
        assertEquals(403, learnerLock.statusCode(), learnerLock.body());
        assertEquals(404, outsider.statusCode(), outsider.body());
        assertEquals(404, outsiderList.statusCode(), outsiderList.body());
        assertEquals(404, outsiderPost.statusCode(), outsiderPost.body());
        assertEquals("VISIBLE", TestDatabase.queryString("select status from discussion_reply where id = ?", reply));
        assertEquals("false", TestDatabase.queryString("select locked::text from discussion_topic where id = ?",
                topic));
        assertEquals(2, denials(MATE, "DISCUSSION_MODERATE") + denials(ASKER, "DISCUSSION_MODERATE"));
        assertEquals(1, denials(OUTSIDER, "DISCUSSION_MODERATE"));
        assertEquals(1, denials(OUTSIDER, "DISCUSSION_START"));
    }

    @Test
    void badBodies_are400InTheCallersLanguage_storingNothing() throws Exception {
        long topic = topic(ASKER, "{\"title\":\"坏请求\",\"body\":\"<p>x</p>\"}");
        long reply = reply(MATE, topic, "{\"body\":\"好回复\"}");
        long topics = TestDatabase.queryLong("select count(*) from discussion_topic where offering_id = ?", offering);
        HttpResponse<String> zh = ApiClient.as(ASKER).postJson(path(), "{\"title\":");
        HttpResponse<String> en = ApiClient.as(ASKER).inLanguage("en").postJson(path(), "{\"title\":");
        HttpResponse<String> noTitle = ApiClient.as(ASKER).postJson(path(), "{\"title\":\" \",\"body\":\"<p>x</p>\"}");
        HttpResponse<String> emptyBody = ApiClient.as(ASKER).inLanguage("en").postJson(replies(topic),
                "{\"body\":\"<script>alert(1)</script>\"}");
        HttpResponse<String> strayParent = ApiClient.as(ASKER).postJson(replies(topic), "{\"parentId\":1,\"body\":"
                + "\"x\"}");
        HttpResponse<String> noReason = ApiClient.as(TEACHER).postJson("/api/v1/discussions/replies/" + reply
                + "/moderation", "{\"action\":\"DELETE\"}");
        HttpResponse<String> badAction = ApiClient.as(TEACHER).inLanguage("en").postJson("/api/v1/discussions/replies/"
                + reply + "/moderation", "{\"action\":\"BURN\",\"reason\":\"x\"}");
        HttpResponse<String> badItem = ApiClient.as(ASKER).postJson(path(), "{\"itemId\":1,\"title\":\"t\",\"body\":"
                + "\"b\"}");

        for (HttpResponse<String> r : List.of(zh, en, noTitle, emptyBody, strayParent, noReason, badAction, badItem)) {
            assertEquals(400, r.statusCode(), r.body());
        }
        assertTrue(ApiClient.json(zh.body(), "message").codePoints().anyMatch(c -> c > 0x4e00), zh.body());
        assertFalse(ApiClient.json(en.body(), "message").codePoints().anyMatch(c -> c > 0x4e00), en.body());
        assertEquals("讨论主题须为 1 到 100 个字符。", ApiClient.json(noTitle.body(), "message"));
        assertEquals("A discussion text must not be empty and may have at most 10000 characters.",
                ApiClient.json(emptyBody.body(), "message"));
        assertEquals("隐藏或删除须写明原因（1 到 200 个字符）。", ApiClient.json(noReason.body(), "message"));
        assertTrue(ApiClient.json(badAction.body(), "message").contains("must be APPROVE, HIDE or DELETE"),
                badAction.body());
        assertEquals(topics, TestDatabase.queryLong("select count(*) from discussion_topic where offering_id = ?",
                offering));
        assertEquals(1, count("discussion_reply", topic));
        assertEquals("VISIBLE", TestDatabase.queryString("select status from discussion_reply where id = ?", reply));
    }

    @Test
    void cookiesFromAnotherSite_areRefused_andChangeNothing() throws Exception {
        long topic = topic(ASKER, "{\"title\":\"跨站前\",\"body\":\"<p>原文</p>\"}");
        long reply = reply(MATE, topic, "{\"body\":\"原回复\"}");
        CrossSiteApi teacher = CrossSiteApi.victim(TEACHER);
        teacher.assertLive();
        CrossSiteApi learner = CrossSiteApi.victim(ASKER);
        learner.assertLive();

        CrossSiteApi.assertRefused(learner.send("POST", path(), "{\"title\":\"跨站\",\"body\":\"x\"}"));
        CrossSiteApi.assertRefused(learner.send("POST", replies(topic), "{\"body\":\"跨站回复\"}"));
        CrossSiteApi.assertRefused(learner.send("POST", "/api/v1/discussions/replies/" + reply + "/like", null));
        CrossSiteApi.assertRefused(teacher.send("POST", "/api/v1/discussions/replies/" + reply + "/moderation",
                "{\"action\":\"DELETE\",\"reason\":\"跨站\"}"));
        CrossSiteApi.assertRefused(teacher.send("POST", "/api/v1/discussions/" + topic + "/lock", "{\"on\":true}"));

        assertEquals(1, count("discussion_reply", topic));
        assertEquals(0, TestDatabase.queryLong("select count(*) from discussion_like where reply_id = ?", reply));
        assertEquals("VISIBLE", TestDatabase.queryString("select status from discussion_reply where id = ?", reply));
        assertEquals(0, TestDatabase.queryLong("select count(*) from discussion_topic where title = '跨站'"));
    }

    private static long topic(String username, String json) {
        HttpResponse<String> created = ApiClient.as(username).postJson(path(), json);
        assertEquals(201, created.statusCode(), created.body());
        return Long.parseLong(ApiClient.json(created.body(), "id"));
    }

    private static long reply(String username, long topic, String json) {
        HttpResponse<String> created = ApiClient.as(username).postJson(replies(topic), json);
        assertEquals(201, created.statusCode(), created.body());
        return Long.parseLong(ApiClient.json(created.body(), "id"));
    }

    private static String path() {
        return "/api/v1/offerings/" + offering + "/discussions";
    }

    private static String replies(long topic) {
        return "/api/v1/discussions/" + topic + "/replies";
    }

    private static long count(String table, long topic) throws SQLException {
        return TestDatabase.queryLong("select count(*) from " + table + " where topic_id = ?", topic);
    }

    private static long word(String word, String severity) throws SQLException {
        long id = TestDatabase.queryLong("select nextval('sensitive_word_seq')");
        TestDatabase.update("insert into sensitive_word (id, word, category, severity, created_by, created_at,"
                + " updated_at) values (?, ?, 'OTHER', ?, 'it', now(), now())", id, word, severity);
        return id;
    }

    private static long notifications() throws SQLException {
        return TestDatabase.queryLong("select count(*) from notification where recipient_id = ? and message_key ="
                + " 'notification.teaching.discussionReply'", asker);
    }

    private static long denials(String actor, String action) throws SQLException {
        return TestDatabase.queryLong("select count(*) from audit_record where actor = ? and action = ? and outcome ="
                + " 'DENIED'", actor, action);
    }
}
