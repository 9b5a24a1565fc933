package org.ziyuanku.it.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ziyuanku.it.Deployments;
import org.ziyuanku.it.pages.ConsoleHomePage;
import org.ziyuanku.it.support.ApiClient;
import org.ziyuanku.it.support.BrowserTest;
import org.ziyuanku.it.support.CrossSite;
import org.ziyuanku.it.support.TestDatabase;

/**
 * Messages and reminders to a class (issue 13, item 6) through the platform's notifications: a reminder reaches only
 * the learners behind schedule; a message from an assistant reaches every learner of their class and no one else; a
 * blocked sensitive word refuses the message naming the word; a malformed body is 400 in the caller's language; the
 * teacher of another class gets 403 (audited); a cross-site post with the teacher's session cookie is refused. In
 * each refused case nothing is sent.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ClassReminderIT extends BrowserTest {

    private static final String REMINDER = "notification.learning.behindReminder";
    private static final String MESSAGE = "notification.learning.classMessage";

    @Test
    void remind_notifiesOnlyTheLearnersBehindSchedule() throws Exception {
        Classroom room = Classroom.create("cr");
        HttpResponse<String> response = ApiClient.as(room.teacherA).post(reminders(room.classA));
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("1", ApiClient.json(response.body(), "notified"));
        assertEquals(1, Classroom.notifications(room.learner2, REMINDER), "learner 2 is behind schedule");
        assertEquals(0, Classroom.notifications(room.learner1, REMINDER), "learner 1 is on schedule");
        assertEquals(0, Classroom.notifications(room.learner3, REMINDER), "learner 3 is in class B");
        assertEquals("learning.course?offering=" + room.offering, TestDatabase.queryString("select link from"
                + " notification where recipient_id = ? and message_key = ?", room.learner2, REMINDER));
        assertEquals(1, TestDatabase.queryLong("select count(*) from audit_record where actor = ? and action ="
                + " 'CLASS_REMINDER' and outcome = 'SUCCESS' and target = ?", room.teacherA, "class:" + room.classA));
    }

    @Test
    void message_fromAnAssistant_reachesEveryLearnerOfTheClassAndNoOneElse() throws Exception {
        Classroom room = Classroom.create("cm");
        HttpResponse<String> response = ApiClient.as(room.assistantA).postJson(messages(room.classA),
                "{\"text\":\"请本周完成模块一的学习\"}");
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("2", ApiClient.json(response.body(), "notified"));
        assertEquals(1, Classroom.notifications(room.learner1, MESSAGE));
        assertEquals(1, Classroom.notifications(room.learner2, MESSAGE));
        assertEquals(0, Classroom.notifications(room.learner3, MESSAGE));
        assertTrue(TestDatabase.queryString("select message_args from notification where recipient_id = ? and"
                + " message_key = ?", room.learner1, MESSAGE).contains("请本周完成模块一的学习"));
        assertEquals(1, TestDatabase.queryLong("select count(*) from audit_record where actor = ? and action ="
                + " 'CLASS_MESSAGE' and outcome = 'SUCCESS'", room.assistantA));
    }

    @Test
    void message_withABlockedWord_isRefusedNamingIt_andNothingIsSent() throws Exception {
        Classroom room = Classroom.create("cb");
        HttpResponse<String> zh = ApiClient.as(room.teacherA).postJson(messages(room.classA),
                "{\"text\":\"需要代 写论文的同学请联系我\"}");
        assertEquals(400, zh.statusCode(), zh.body());
        assertTrue(zh.body().contains("代写论文"), zh.body());
        HttpResponse<String> en = ApiClient.as(room.teacherA).inLanguage("en").postJson(messages(room.classA),
                "{\"text\":\"代写论文\"}");
        assertEquals(400, en.statusCode(), en.body());
        assertTrue(en.body().contains("blocked sensitive words: 代写论文"), en.body());
        assertEquals(0, Classroom.notifications(room.learner1, MESSAGE));
        assertEquals(0, Classroom.notifications(room.learner2, MESSAGE));
    }

    @Test
    void message_malformedOrEmptyBody_answers400InTheCallersLanguage_andNothingIsSent() throws Exception {
        Classroom room = Classroom.create("cx");
        HttpResponse<String> broken = ApiClient.as(room.teacherA).inLanguage("en").postJson(messages(room.classA),
                "{\"text\": ");
        assertEquals(400, broken.statusCode(), broken.body());
        assertEquals("malformed_json", ApiClient.json(broken.body(), "error"), broken.body());
        HttpResponse<String> empty = ApiClient.as(room.teacherA).inLanguage("en").postJson(messages(room.classA),
                "{\"text\":\"   \"}");
        assertEquals(400, empty.statusCode(), empty.body());
        assertTrue(empty.body().contains("Write the message first"), empty.body());
        HttpResponse<String> zh = ApiClient.as(room.teacherA).postJson(messages(room.classA), "{}");
        assertEquals(400, zh.statusCode(), zh.body());
        assertTrue(zh.body().contains("请先填写通知内容"), zh.body());
        assertEquals(0, Classroom.notifications(room.learner1, MESSAGE));
    }

    @Test
    void teacherOfAnotherClass_getsForbidden_isAudited_andNothingIsSent() throws Exception {
        Classroom room = Classroom.create("cf");
        assertEquals(403, ApiClient.as(room.teacherB).postJson(messages(room.classA), "{\"text\":\"你好\"}")
                .statusCode());
        assertEquals(403, ApiClient.as(room.teacherB).post(reminders(room.classA)).statusCode());
        assertEquals(403, ApiClient.as(room.outsider).post(reminders(room.classA)).statusCode());
        assertEquals(404, ApiClient.as(room.teacherA).post(reminders(room.classB + 1_000_000)).statusCode());
        assertEquals(0, Classroom.notifications(room.learner1, MESSAGE));
        assertEquals(0, Classroom.notifications(room.learner2, REMINDER));
        assertEquals(1, TestDatabase.queryLong("select count(*) from audit_record where actor = ? and action ="
                + " 'CLASS_MESSAGE' and outcome = 'DENIED' and target = ?", room.teacherB, "class:" + room.classA));
    }

    @Test
    void crossSitePosts_withTheTeachersSessionCookie_areRefused_andNothingIsSent() throws Exception {
        Classroom room = Classroom.create("cc");
        signInAfresh(room.teacherA);
        ConsoleHomePage.await(driver, Deployments.BASE_URL);
        CrossSite evil = CrossSite.withCookiesOf(driver);
        HttpResponse<String> reminder = evil.post(reminders(room.classA));
        assertEquals(403, reminder.statusCode(), reminder.body());
        assertEquals("cross_site_request", ApiClient.json(reminder.body(), "error"), reminder.body());
        HttpResponse<String> message = evil.post(messages(room.classA), "text", "跨站通知");
        assertEquals(403, message.statusCode(), message.body());
        assertEquals(0, Classroom.notifications(room.learner2, REMINDER));
        assertEquals(0, Classroom.notifications(room.learner1, MESSAGE));
    }

    private static String reminders(long classId) {
        return "/api/v1/classes/" + classId + "/reminders";
    }

    private static String messages(long classId) {
        return "/api/v1/classes/" + classId + "/messages";
    }
}
