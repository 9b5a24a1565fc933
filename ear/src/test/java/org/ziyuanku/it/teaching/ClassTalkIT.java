package org.ziyuanku.it.teaching;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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
 * A class talking (issue 14 items 2 and 8): discussion attachments (a PDF kept and read by the class, a program
 * disguised as a PDF refused with the upload check's message, another class and another school 404 and audited,
 * someone else's text 403), @-mentions (a member notified with a link to the topic and highlighted, a learner of
 * another class neither notified nor highlighted, a blocked word refusing the text with its mentions) and the
 * {@code /api/v1/classes/{id}/…} paths (list and create; a learner of another class 404; a learner creating a vote 403, a notice 404; a
 * body naming another class or kind 400; cookies from another site refused).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ClassTalkIT {

    private static final String SUFFIX = Long.toString(System.currentTimeMillis() % 100_000);
    private static final String TEACHER = "talk-teacher-" + SUFFIX;
    private static final String OUTSIDER = "talk-outsider-" + SUFFIX;
    private static final String ASKER = "talk-asker-" + SUFFIX;
    private static final String MATE = "talk-mate-" + SUFFIX;
    private static final String OTHER = "talk-other-" + SUFFIX;
    private static final String MATE_NAME = "李明" + SUFFIX;
    private static final String BLOCKED = "提及禁词" + SUFFIX;
    private static final byte[] PDF = TestResources.sample("sample.pdf");
    private static long course;
    private static long offering;
    private static long classOne;
    private static long classTwo;
    private static long[] people;
    private static long word;

    @BeforeAll
    static void anOfferingWithTwoClasses() throws Exception {
        TestKeycloak.ensureRunning();
        long school = TeachingWorld.schoolA();
        long teacher = TeachingWorld.person(TEACHER, "teacher", school);
        TeachingWorld.person(OUTSIDER, "teacher", TeachingWorld.schoolB());
        long asker = TeachingWorld.person(ASKER, "learner", school);
        long mate = TeachingWorld.person(MATE, "learner", school);
        long other = TeachingWorld.person(OTHER, "learner", school);
        people = new long[] {teacher, asker, mate, other};
        long library = TestResources.weldingLibraryWith(school);
        course = TeachingWorld.course(library, teacher, "TALK" + SUFFIX,
                TeachingWorld.publishedResources(TEACHER, library, "talk" + SUFFIX, 1));
        offering = TeachingWorld.offer(TEACHER, course, "焊接班级交流 " + SUFFIX, "CODE", false);
        classOne = TeachingWorld.createClass(TEACHER, offering, "一班");
        classTwo = TeachingWorld.createClass(TEACHER, offering, "二班");
        TeachingWorld.publish(TEACHER, offering);
        CourseFixtures.enrol(offering, classOne, asker);
        CourseFixtures.enrol(offering, classOne, mate);
        CourseFixtures.enrol(offering, classTwo, other);
        word = TestDatabase.queryLong("select nextval('sensitive_word_seq')");
        TestDatabase.update("insert into sensitive_word (id, word, category, severity, created_by, created_at,"
                + " updated_at) values (?, ?, 'OTHER', 'BLOCK', 'it', now(), now())", word, BLOCKED);
    }

    @AfterAll
    static void deleteWhatWasCreated() throws Exception {
        TestDatabase.update("delete from sensitive_word where id = ?", word);
        TestDatabase.update("delete from discussion_topic where offering_id = ?", offering);
        for (long person : people) {
            TestDatabase.update("delete from notification where recipient_id = ?", person);
        }
        TeachingWorld.forgetCourse(course);
        TeachingWorld.forget(TEACHER, OUTSIDER, ASKER, MATE, OTHER);
    }

    @Test
    void aPdfIsKeptAndReadByTheClass_aDisguisedProgramRefused_outsiders404_someoneElsesText403() throws Exception {
        long topic = topic(ASKER, "{\"title\":\"焊缝照片\",\"body\":\"<p>见附件</p>\"}");
        HttpResponse<String> kept = ApiClient.as(ASKER).upload(files(topic), "试板 1.pdf", PDF, Map.of());
        assertEquals(201, kept.statusCode(), kept.body());
        long file = Long.parseLong(ApiClient.json(kept.body(), "id"));
        HttpResponse<String> disguised = ApiClient.as(ASKER).upload(files(topic), "图纸.pdf", elf(), Map.of());
        assertEquals(415, disguised.statusCode(), disguised.body());
        assertTrue(ApiClient.json(disguised.body(), "message").contains("可执行程序"), disguised.body());
        assertEquals(1, TestDatabase.queryLong("select count(*) from discussion_attachment where topic_id = ?", topic));

        String download = files(topic) + "/" + file;
        for (String member : List.of(ASKER, MATE, TEACHER)) {
            HttpResponse<byte[]> got = ApiClient.as(member).getBytes(download);
            assertEquals(200, got.statusCode(), member);
            assertArrayEquals(PDF, got.body(), member);
        }
        assertTrue(ApiClient.as(MATE).get(files(topic)).body().contains("试板 1.pdf"));
        long denied = denials(OTHER, "DISCUSSION_FILE_READ") + denials(OUTSIDER, "DISCUSSION_FILE_READ");
        assertEquals(404, ApiClient.as(OTHER).getBytes(download).statusCode());
        assertEquals(404, ApiClient.as(OUTSIDER).getBytes(download).statusCode());
        assertEquals(404, ApiClient.as(OTHER).get(files(topic)).statusCode());
        assertEquals(404, ApiClient.as(MATE).getBytes(files(topic) + "/" + (file + 100_000)).statusCode());
        assertEquals(denied + 2, denials(OTHER, "DISCUSSION_FILE_READ") + denials(OUTSIDER, "DISCUSSION_FILE_READ"));

        HttpResponse<String> notHers = ApiClient.as(MATE).upload(files(topic), "b.pdf", PDF, Map.of());
        assertEquals(403, notHers.statusCode(), notHers.body());
        long reply = Long.parseLong(ApiClient.json(ApiClient.as(MATE).postJson("/api/v1/discussions/" + topic
                + "/replies", "{\"body\":\"我的也附上\"}").body(), "id"));
        HttpResponse<String> onReply = ApiClient.as(MATE).upload(files(topic), "b.pdf", PDF,
                Map.of("replyId", Long.toString(reply)));
        assertEquals(201, onReply.statusCode(), onReply.body());
        HttpResponse<String> none = ApiClient.as(ASKER).upload(files(topic), "", new byte[0], Map.of());
        assertEquals(400, none.statusCode(), none.body());
        assertEquals(2, TestDatabase.queryLong("select count(*) from discussion_attachment where topic_id = ?", topic));
    }

    @Test
    void aMentionedMemberIsNotifiedAndHighlighted_aLearnerOfAnotherClassIsNot_blockedTextMentionsNobody()
            throws Exception {
        TestDatabase.update("update user_account set display_name = ? where username = ?", MATE_NAME, MATE);
        long mateBefore = mentions(people[2]);
        long otherBefore = mentions(people[3]);
        long topic = topic(ASKER, "{\"title\":\"谁来帮忙\",\"body\":\"<p>@" + MATE_NAME + " 和 @" + OTHER
                + " 看看 @nobody" + SUFFIX + "</p>\"}");
        assertEquals(mateBefore + 1, mentions(people[2]));
        assertEquals(otherBefore, mentions(people[3]));
        assertEquals("teaching.discussion?topic=" + topic, TestDatabase.queryString("select link from notification"
                + " where recipient_id = ? and message_key = 'notification.teaching.discussionMention' order by id"
                + " desc limit 1", people[2]));
        String body = TestDatabase.queryString("select body from discussion_topic where id = ?", topic);
        assertTrue(body.contains("<span class=\"zyk-mention\">@" + MATE_NAME + "</span>"), body);
        assertFalse(body.contains("zyk-mention\">@" + OTHER), body);
        HttpResponse<String> own = ApiClient.as(ASKER).postJson("/api/v1/discussions/" + topic + "/replies",
                "{\"body\":\"@" + MATE + " 再看看\"}");
        assertEquals(201, own.statusCode(), "the author replying to their own topic: " + own.body());
        assertEquals(mateBefore + 2, mentions(people[2]));

        HttpResponse<String> reply = ApiClient.as(MATE).postJson("/api/v1/discussions/" + topic + "/replies",
                "{\"body\":\"@" + TEACHER + " 老师请看\"}");
        assertEquals(201, reply.statusCode(), reply.body());
        assertEquals(1, mentions(people[0]) - mentionsOnOtherTopics(people[0], topic));
        HttpResponse<String> blocked = ApiClient.as(MATE).postJson("/api/v1/discussions/" + topic + "/replies",
                "{\"body\":\"@" + TEACHER + " " + BLOCKED + "\"}");
        assertEquals(400, blocked.statusCode(), blocked.body());
        assertTrue(ApiClient.json(blocked.body(), "message").contains(BLOCKED), blocked.body());
        assertEquals(1, mentions(people[0]) - mentionsOnOtherTopics(people[0], topic));
    }

    @Test
    void theClassPaths_listAndCreate_forTheClassOnly() throws Exception {
        HttpResponse<String> notice = ApiClient.as(TEACHER).postJson(classPath(classOne, "notices"),
                "{\"title\":\"一班通知\",\"body\":\"<p>明天实训</p>\"}");
        assertEquals(201, notice.statusCode(), notice.body());
        assertEquals(Long.toString(classOne), ApiClient.json(notice.body(), "classId"));
        assertTrue(ApiClient.as(ASKER).get(classPath(classOne, "notices")).body().contains("一班通知"));
        HttpResponse<String> theirs = ApiClient.as(OTHER).get(classPath(classTwo, "notices"));
        assertEquals(200, theirs.statusCode(), theirs.body());
        assertFalse(theirs.body().contains("一班通知"), theirs.body());

        long topic = topic(ASKER, "{\"title\":\"一班话题\",\"body\":\"<p>x</p>\"}");
        assertTrue(ApiClient.as(TEACHER).get(classPath(classOne, "discussions")).body().contains("一班话题"));
        assertFalse(ApiClient.as(TEACHER).get(classPath(classTwo, "discussions")).body().contains("一班话题"));
        assertEquals(Long.toString(classOne), TestDatabase.queryString("select class_id::text from discussion_topic"
                + " where id = ?", topic));

        HttpResponse<String> hw = ApiClient.as(TEACHER).postJson(classPath(classOne, "assignments"),
                HomeworkWorld.manual(null, "班级作业", "REFUSE", 0, "TEXT"));
        assertEquals(201, hw.statusCode(), hw.body());
        assertEquals(Long.toString(classOne), ApiClient.json(hw.body(), "classId"));
        HttpResponse<String> vote = ApiClient.as(TEACHER).postJson(classPath(classOne, "votes"),
                "{\"title\":\"班级投票\",\"items\":[" + single() + "]}");
        assertEquals(201, vote.statusCode(), vote.body());
        assertEquals("VOTE", TestDatabase.queryString("select kind from class_survey where id = ?",
                Long.parseLong(ApiClient.json(vote.body(), "id"))));
        assertTrue(ApiClient.as(TEACHER).get(classPath(classOne, "votes")).body().contains("班级投票"));
        assertFalse(ApiClient.as(TEACHER).get(classPath(classOne, "surveys")).body().contains("班级投票"));
        for (String kind : List.of("assignments", "surveys", "groups", "grades")) {
            HttpResponse<String> list = ApiClient.as(TEACHER).get(classPath(classOne, kind));
            assertEquals(200, list.statusCode(), kind + ": " + list.body());
        }
    }

    @Test
    void theClassPaths_anotherClass404Audited_aLearnerCreating403_badBodies400() throws Exception {
        long denied = denials(ASKER, "CLASS_SCOPE") + denials(OUTSIDER, "CLASS_SCOPE");
        for (String kind : List.of("notices", "discussions", "assignments", "votes", "surveys")) {
            assertEquals(404, ApiClient.as(ASKER).get(classPath(classTwo, kind)).statusCode(), kind);
            assertEquals(404, ApiClient.as(OUTSIDER).postJson(classPath(classOne, kind), "{\"title\":\"冒充\"}")
                    .statusCode(), kind);
        }
        assertEquals(denied + 10, denials(ASKER, "CLASS_SCOPE") + denials(OUTSIDER, "CLASS_SCOPE"));
        HttpResponse<String> learnerNotice = ApiClient.as(ASKER).postJson(classPath(classOne, "notices"),
                "{\"title\":\"学生通知\",\"body\":\"<p>x</p>\"}");
        assertEquals(404, learnerNotice.statusCode(), "notices are staff business, as on the offering path");
        HttpResponse<String> learnerVote = ApiClient.as(ASKER).postJson(classPath(classOne, "votes"),
                "{\"title\":\"学生投票\",\"items\":[" + single() + "]}");
        assertEquals(403, learnerVote.statusCode(), learnerVote.body());

        HttpResponse<String> otherClass = ApiClient.as(TEACHER).inLanguage("en").postJson(classPath(classOne,
                "notices"), "{\"classId\":" + classTwo + ",\"title\":\"错班\",\"body\":\"<p>x</p>\"}");
        HttpResponse<String> broken = ApiClient.as(TEACHER).postJson(classPath(classOne, "discussions"), "{\"title\":");
        HttpResponse<String> wrongKind = ApiClient.as(TEACHER).postJson(classPath(classOne, "surveys"),
                "{\"kind\":\"VOTE\",\"title\":\"错类\",\"items\":[" + single() + "]}");
        HttpResponse<String> noTitle = ApiClient.as(TEACHER).postJson(classPath(classOne, "assignments"),
                "{\"title\":\" \"}");
        for (HttpResponse<String> r : List.of(otherClass, broken, wrongKind, noTitle)) {
            assertEquals(400, r.statusCode(), r.body());
        }
        assertTrue(ApiClient.json(otherClass.body(), "message").contains("must be the id of this class"),
                otherClass.body());
        assertEquals(0, TestDatabase.queryLong("select count(*) from class_notice where offering_id = ? and title in"
                + " ('学生通知', '错班')", offering));
        assertEquals(0, TestDatabase.queryLong("select count(*) from class_survey where offering_id = ? and title in"
                + " ('学生投票', '错类')", offering));
    }

    @Test
    void cookiesFromAnotherSite_areRefusedOnTheClassPathsAndAttachments() throws Exception {
        long topic = topic(ASKER, "{\"title\":\"跨站附件\",\"body\":\"<p>x</p>\"}");
        CrossSiteApi teacher = CrossSiteApi.victim(TEACHER);
        teacher.assertLive();
        for (String kind : List.of("notices", "discussions", "assignments", "votes", "surveys")) {
            CrossSiteApi.assertRefused(teacher.send("POST", classPath(classOne, kind), "{\"title\":\"跨站\"}"));
        }
        CrossSiteApi learner = CrossSiteApi.victim(ASKER);
        learner.assertLive();
        CrossSiteApi.assertRefused(learner.send("POST", files(topic), "{}"));
        assertEquals(0, TestDatabase.queryLong("select count(*) from class_notice where offering_id = ? and title ="
                + " '跨站'", offering));
        assertEquals(0, TestDatabase.queryLong("select count(*) from discussion_attachment where topic_id = ?", topic));
    }

    private static long topic(String username, String json) {
        HttpResponse<String> created = ApiClient.as(username).postJson(classPath(classOne, "discussions"), json);
        assertEquals(201, created.statusCode(), created.body());
        return Long.parseLong(ApiClient.json(created.body(), "id"));
    }

    private static String classPath(long classId, String kind) {
        return "/api/v1/classes/" + classId + "/" + kind;
    }

    private static String files(long topic) {
        return "/api/v1/discussions/" + topic + "/attachments";
    }

    private static String single() {
        return "{\"kind\":\"SINGLE\",\"prompt\":\"选哪个？\",\"options\":[\"甲\",\"乙\"]}";
    }

    private static long mentions(long recipient) throws SQLException {
        return TestDatabase.queryLong("select count(*) from notification where recipient_id = ? and message_key ="
                + " 'notification.teaching.discussionMention'", recipient);
    }

    private static long mentionsOnOtherTopics(long recipient, long topic) throws SQLException {
        return TestDatabase.queryLong("select count(*) from notification where recipient_id = ? and message_key ="
                + " 'notification.teaching.discussionMention' and link <> ?", recipient, "teaching.discussion?topic="
                + topic);
    }

    private static long denials(String actor, String action) throws SQLException {
        return TestDatabase.queryLong("select count(*) from audit_record where actor = ? and action = ? and outcome ="
                + " 'DENIED'", actor, action);
    }

    /** A 64-byte ELF header (x86-64 executable) padded to 4 KB. */
    private static byte[] elf() {
        byte[] elf = new byte[4096];
        byte[] header = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0, 1, 0, 0, 0};
        System.arraycopy(header, 0, elf, 0, header.length);
        Arrays.fill(elf, 64, elf.length, (byte) 0x90);
        return elf;
    }
}
