package org.ziyuanku.it.teaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
 * Q&A (答疑) inside a class through the REST API: a learner of 一班 asks, the teacher hears of it and answers, the
 * learner hears of the answer and accepts it (the question is ANSWERED); a classmate may answer (marked as a learner's
 * answer) but not accept or close another's question (403, audited DENIED). A near-identical title is suggested the
 * earlier question; 二班's learner neither lists, opens, answers nor searches 一班's questions (404). A blocked word is
 * refused naming it and stores nothing; a flagged word holds the question (classmates do not see it) until the teacher
 * approves it. Bad bodies answer 400 in the caller's language; cookies from another site are refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ClassQuestionIT {

    private static final String SUFFIX = Long.toString(System.currentTimeMillis() % 100_000);
    private static final String TEACHER = "qa-teacher-" + SUFFIX;
    private static final String OUTSIDER = "qa-outsider-" + SUFFIX;
    private static final String ASKER = "qa-asker-" + SUFFIX;
    private static final String MATE = "qa-mate-" + SUFFIX;
    private static final String OTHER = "qa-other-" + SUFFIX;
    private static final String BLOCKED = "答疑禁词" + SUFFIX;
    private static final String FLAGGED = "答疑敏感" + SUFFIX;
    private static long teacher;
    private static long asker;
    private static long course;
    private static long offering;
    private static long classOne;
    private static long classTwo;
    private static long[] words;

    @BeforeAll
    static void anOfferingWithTwoClasses() throws Exception {
        TestKeycloak.ensureRunning();
        long school = TeachingWorld.schoolA();
        teacher = TeachingWorld.person(TEACHER, "teacher", school);
        TeachingWorld.person(OUTSIDER, "teacher", TeachingWorld.schoolB());
        asker = TeachingWorld.person(ASKER, "learner", school);
        long mate = TeachingWorld.person(MATE, "learner", school);
        long other = TeachingWorld.person(OTHER, "learner", school);
        long library = TestResources.weldingLibraryWith(school);
        course = TeachingWorld.course(library, teacher, "QA" + SUFFIX,
                TeachingWorld.publishedResources(TEACHER, library, "qa" + SUFFIX, 1));
        offering = TeachingWorld.offer(TEACHER, course, "焊接答疑 " + SUFFIX, "CODE", false);
        classOne = TeachingWorld.createClass(TEACHER, offering, "一班");
        classTwo = TeachingWorld.createClass(TEACHER, offering, "二班");
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
        TestDatabase.update("delete from class_question where offering_id = ?", offering);
        TestDatabase.update("delete from notification where recipient_id in (?, ?)", asker, teacher);
        TeachingWorld.forgetCourse(course);
        TeachingWorld.forget(TEACHER, OUTSIDER, ASKER, MATE, OTHER);
    }

    @Test
    void aLearnerAsks_theTeacherAnswers_theLearnerAccepts_andBothAreNotified() throws Exception {
        long asked = notifications(teacher, "questionAsked");
        long answered = notifications(asker, "questionAnswered");
        long question = ask(ASKER, classOne, "{\"title\":\"焊条受潮了还能用吗\",\"body\":\"<p>仓库里的焊条</p><script>x()</script>\"}");
        assertEquals("OPEN", status(question));
        assertFalse(TestDatabase.queryString("select body from class_question where id = ?", question)
                .contains("script"));
        assertEquals(asked + 1, notifications(teacher, "questionAsked"));
        assertEquals("teaching.question?question=" + question, lastLink(teacher, "questionAsked"));

        long staffAnswer = answer(TEACHER, question, "{\"body\":\"烘干后再用\"}");
        long mateAnswer = answer(MATE, question, "{\"body\":\"我们一般扔掉\"}");
        assertEquals(answered + 2, notifications(asker, "questionAnswered"));
        assertEquals("teaching.question?question=" + question, lastLink(asker, "questionAnswered"));

        HttpResponse<String> accept = ApiClient.as(ASKER).post("/api/v1/class-answers/" + staffAnswer + "/accept");
        assertEquals(204, accept.statusCode(), accept.body());
        assertEquals("ANSWERED", status(question));
        assertEquals(staffAnswer, TestDatabase.queryLong("select id from class_answer where question_id = ? and"
                + " accepted", question));
        HttpResponse<String> thread = ApiClient.as(MATE).get("/api/v1/class-questions/" + question);
        assertEquals(200, thread.statusCode(), thread.body());
        String answers = thread.body().substring(thread.body().indexOf("\"answers\":["));
        assertEquals(List.of("true", "false"), TeachingWorld.all(answers, "staff").subList(0, 2), thread.body());
        assertEquals(List.of("true", "false"), TeachingWorld.all(answers, "accepted"), thread.body());

        HttpResponse<String> mateAccepts = ApiClient.as(MATE).post("/api/v1/class-answers/" + mateAnswer + "/accept");
        HttpResponse<String> mateCloses = ApiClient.as(MATE).post("/api/v1/class-questions/" + question + "/close");
        assertEquals(403, mateAccepts.statusCode(), mateAccepts.body());
        assertEquals(403, mateCloses.statusCode(), mateCloses.body());
        assertEquals(staffAnswer, TestDatabase.queryLong("select id from class_answer where question_id = ? and"
                + " accepted", question));
        assertEquals("ANSWERED", status(question));
        assertEquals(1, denials(MATE, "QUESTION_ACCEPT"));
        assertEquals(1, denials(MATE, "QUESTION_CLOSE"));

        HttpResponse<String> close = ApiClient.as(TEACHER).post("/api/v1/class-questions/" + question + "/close");
        assertEquals(204, close.statusCode(), close.body());
        HttpResponse<String> late = ApiClient.as(MATE).inLanguage("en").postJson(answers(question),
                "{\"body\":\"晚了\"}");
        assertEquals(409, late.statusCode(), late.body());
        assertEquals("This question is closed (or it or the answer awaits moderation): it takes no more answers or"
                + " acceptances.", ApiClient.json(late.body(), "message"));
    }

    @Test
    void aNearIdenticalTitle_isSuggestedTheEarlierQuestion_onlyWithinTheClass() throws Exception {
        long earlier = ask(ASKER, classOne, "{\"title\":\"焊缝出现气孔怎么办\",\"body\":\"试板上有气孔\"}");
        HttpResponse<String> near = ApiClient.as(MATE).get(similar(classOne, "焊缝出现气孔该怎么办？"));
        assertEquals(200, near.statusCode(), near.body());
        assertEquals(Long.toString(earlier), ApiClient.json(near.body(), "id"), near.body());
        assertTrue(near.body().contains("焊缝出现气孔怎么办"), near.body());
        HttpResponse<String> unrelated = ApiClient.as(MATE).get(similar(classOne, "数控车床对刀步骤"));
        assertEquals(200, unrelated.statusCode(), unrelated.body());
        assertFalse(unrelated.body().contains("\"id\":" + earlier), unrelated.body());

        HttpResponse<String> otherClass = ApiClient.as(OTHER).get(similar(classTwo, "焊缝出现气孔该怎么办"));
        assertEquals(200, otherClass.statusCode(), otherClass.body());
        assertFalse(otherClass.body().contains("焊缝出现气孔怎么办"), otherClass.body());
        assertEquals(404, ApiClient.as(OTHER).get(similar(classOne, "焊缝出现气孔")).statusCode());
    }

    @Test
    void aLearnerOfAnotherClass_orSchool_getsNotFound_andChangesNothing() throws Exception {
        long question = ask(ASKER, classOne, "{\"title\":\"一班的私事\",\"body\":\"只给一班看\"}");
        HttpResponse<String> list = ApiClient.as(OTHER).get(path(classOne));
        HttpResponse<String> open = ApiClient.as(OTHER).get("/api/v1/class-questions/" + question);
        HttpResponse<String> reply = ApiClient.as(OTHER).postJson(answers(question), "{\"body\":\"插话\"}");
        HttpResponse<String> askThere = ApiClient.as(OTHER).postJson(path(classOne), "{\"title\":\"t\",\"body\":\"b\"}");
        HttpResponse<String> outsider = ApiClient.as(OUTSIDER).get("/api/v1/class-questions/" + question);
        HttpResponse<String> outsiderClose = ApiClient.as(OUTSIDER).post("/api/v1/class-questions/" + question
                + "/close");
        for (HttpResponse<String> r : List.of(list, open, reply, askThere, outsider, outsiderClose)) {
            assertEquals(404, r.statusCode(), r.body());
        }
        assertEquals(0, TestDatabase.queryLong("select count(*) from class_answer where question_id = ?", question));
        assertEquals("OPEN", status(question));
        assertEquals(1, denials(OTHER, "QUESTION_ASK"));
        HttpResponse<String> theirs = ApiClient.as(OTHER).get(path(classTwo));
        assertEquals(200, theirs.statusCode(), theirs.body());
        assertFalse(theirs.body().contains("一班的私事"), theirs.body());
        HttpResponse<String> mine = ApiClient.as(MATE).get(path(classOne));
        assertTrue(TeachingWorld.all(mine.body(), "title").contains("一班的私事"), mine.body());
    }

    @Test
    void aBlockedWordIsRefusedNamingIt_aFlaggedOneHeldUntilTheTeacherApproves() throws Exception {
        long before = questions();
        HttpResponse<String> blocked = ApiClient.as(ASKER).postJson(path(classOne), "{\"title\":\"问一下" + BLOCKED
                + "\",\"body\":\"正文\"}");
        assertEquals(400, blocked.statusCode(), blocked.body());
        assertTrue(ApiClient.json(blocked.body(), "message").contains(BLOCKED), blocked.body());
        assertEquals(before, questions());

        long held = ask(ASKER, classOne, "{\"title\":\"有点敏感的问题\",\"body\":\"我觉得" + FLAGGED + "\"}");
        assertEquals("true", TestDatabase.queryString("select held::text from class_question where id = ?", held));
        assertFalse(ApiClient.as(MATE).get(path(classOne)).body().contains("有点敏感的问题"));
        assertEquals(404, ApiClient.as(MATE).get("/api/v1/class-questions/" + held).statusCode());
        assertTrue(ApiClient.as(ASKER).get(path(classOne)).body().contains("有点敏感的问题"));
        assertEquals(403, ApiClient.as(ASKER).post("/api/v1/class-questions/" + held + "/approve").statusCode());
        HttpResponse<String> approve = ApiClient.as(TEACHER).post("/api/v1/class-questions/" + held + "/approve");
        assertEquals(204, approve.statusCode(), approve.body());
        assertTrue(ApiClient.as(MATE).get(path(classOne)).body().contains("有点敏感的问题"));

        long question = ask(ASKER, classOne, "{\"title\":\"回答会被拦吗\",\"body\":\"试试\"}");
        HttpResponse<String> blockedAnswer = ApiClient.as(MATE).postJson(answers(question), "{\"body\":\"含" + BLOCKED
                + "\"}");
        assertEquals(400, blockedAnswer.statusCode(), blockedAnswer.body());
        assertTrue(ApiClient.json(blockedAnswer.body(), "message").contains(BLOCKED), blockedAnswer.body());
        long heldAnswer = answer(MATE, question, "{\"body\":\"" + FLAGGED + "\"}");
        assertEquals("true", TestDatabase.queryString("select held::text from class_answer where id = ?", heldAnswer));
        assertFalse(ApiClient.as(ASKER).get("/api/v1/class-questions/" + question).body().contains(FLAGGED));
    }

    @Test
    void badBodies_are400InTheCallersLanguage_storingNothing() throws Exception {
        long question = ask(ASKER, classOne, "{\"title\":\"坏请求\",\"body\":\"x\"}");
        long before = questions();
        HttpResponse<String> zh = ApiClient.as(ASKER).postJson(path(classOne), "{\"title\":");
        HttpResponse<String> en = ApiClient.as(ASKER).inLanguage("en").postJson(path(classOne), "{\"title\":");
        HttpResponse<String> noTitle = ApiClient.as(ASKER).postJson(path(classOne), "{\"title\":\" \",\"body\":\"x\"}");
        HttpResponse<String> emptyAnswer = ApiClient.as(MATE).inLanguage("en").postJson(answers(question),
                "{\"body\":\"<script>alert(1)</script>\"}");
        HttpResponse<String> badAnswerJson = ApiClient.as(MATE).inLanguage("en").postJson(answers(question), "[");
        HttpResponse<String> badItem = ApiClient.as(ASKER).postJson(path(classOne), "{\"itemId\":1,\"title\":\"t\","
                + "\"body\":\"b\"}");
        for (HttpResponse<String> r : List.of(zh, en, noTitle, emptyAnswer, badAnswerJson, badItem)) {
            assertEquals(400, r.statusCode(), r.body());
        }
        assertTrue(ApiClient.json(zh.body(), "message").codePoints().anyMatch(c -> c > 0x4e00), zh.body());
        assertFalse(ApiClient.json(en.body(), "message").codePoints().anyMatch(c -> c > 0x4e00), en.body());
        assertFalse(ApiClient.json(badAnswerJson.body(), "message").codePoints().anyMatch(c -> c > 0x4e00),
                badAnswerJson.body());
        assertEquals("问题标题须为 1 到 100 个字符。", ApiClient.json(noTitle.body(), "message"));
        assertEquals("A question or answer text must not be empty and may have at most 10000 characters.",
                ApiClient.json(emptyAnswer.body(), "message"));
        assertEquals(before, questions());
        assertEquals(0, TestDatabase.queryLong("select count(*) from class_answer where question_id = ?", question));
    }

    @Test
    void cookiesFromAnotherSite_areRefused_andChangeNothing() throws Exception {
        long question = ask(ASKER, classOne, "{\"title\":\"跨站前\",\"body\":\"原文\"}");
        long answer = answer(TEACHER, question, "{\"body\":\"原回答\"}");
        CrossSiteApi learner = CrossSiteApi.victim(ASKER);
        learner.assertLive();
        CrossSiteApi teacherSite = CrossSiteApi.victim(TEACHER);
        teacherSite.assertLive();

        CrossSiteApi.assertRefused(learner.send("POST", path(classOne), "{\"title\":\"跨站提问\",\"body\":\"x\"}"));
        CrossSiteApi.assertRefused(learner.send("POST", answers(question), "{\"body\":\"跨站回答\"}"));
        CrossSiteApi.assertRefused(learner.send("POST", "/api/v1/class-answers/" + answer + "/accept", null));
        CrossSiteApi.assertRefused(teacherSite.send("POST", "/api/v1/class-questions/" + question + "/close", null));

        assertEquals(1, TestDatabase.queryLong("select count(*) from class_answer where question_id = ?", question));
        assertEquals("false", TestDatabase.queryString("select accepted::text from class_answer where id = ?", answer));
        assertEquals("OPEN", status(question));
        assertEquals(0, TestDatabase.queryLong("select count(*) from class_question where title = '跨站提问'"));
    }

    @Test
    void heldTexts_areApprovedOnlyByStaff_andNeverFromAnotherSite() throws Exception {
        long held = ask(ASKER, classOne, "{\"title\":\"待审的提问\",\"body\":\"" + FLAGGED + "\"}");
        long open = ask(ASKER, classOne, "{\"title\":\"可见的提问\",\"body\":\"正文\"}");
        long heldAnswer = answer(MATE, open, "{\"body\":\"" + FLAGGED + "\"}");
        CrossSiteApi teacherSite = CrossSiteApi.victim(TEACHER);
        teacherSite.assertLive();
        CrossSiteApi.assertRefused(teacherSite.send("POST", "/api/v1/class-questions/" + held + "/approve", null));
        CrossSiteApi.assertRefused(teacherSite.send("POST", "/api/v1/class-answers/" + heldAnswer + "/approve", null));
        assertEquals("true", TestDatabase.queryString("select held::text from class_question where id = ?", held));
        long denied = denials(ASKER, "QUESTION_APPROVE");
        assertEquals(403, ApiClient.as(ASKER).post("/api/v1/class-answers/" + heldAnswer + "/approve").statusCode());
        assertEquals(denied + 1, denials(ASKER, "QUESTION_APPROVE"));
        assertEquals(404, ApiClient.as(OTHER).post("/api/v1/class-answers/" + heldAnswer + "/approve").statusCode());
        assertEquals("true", TestDatabase.queryString("select held::text from class_answer where id = ?", heldAnswer));
        assertEquals(204, ApiClient.as(TEACHER).post("/api/v1/class-answers/" + heldAnswer + "/approve").statusCode());
        assertEquals("false", TestDatabase.queryString("select held::text from class_answer where id = ?",
                heldAnswer));
    }

    private static long ask(String username, long classId, String json) {
        HttpResponse<String> created = ApiClient.as(username).postJson(path(classId), json);
        assertEquals(201, created.statusCode(), created.body());
        return Long.parseLong(ApiClient.json(created.body(), "id"));
    }

    private static long answer(String username, long question, String json) {
        HttpResponse<String> created = ApiClient.as(username).postJson(answers(question), json);
        assertEquals(201, created.statusCode(), created.body());
        return Long.parseLong(ApiClient.json(created.body(), "id"));
    }

    private static String path(long classId) {
        return "/api/v1/classes/" + classId + "/questions";
    }

    private static String similar(long classId, String typed) {
        return path(classId) + "/similar?q=" + URLEncoder.encode(typed, StandardCharsets.UTF_8);
    }

    private static String answers(long question) {
        return "/api/v1/class-questions/" + question + "/answers";
    }

    private static String status(long question) throws SQLException {
        return TestDatabase.queryString("select status from class_question where id = ?", question);
    }

    private static long questions() throws SQLException {
        return TestDatabase.queryLong("select count(*) from class_question where offering_id = ?", offering);
    }

    private static long word(String word, String severity) throws SQLException {
        long id = TestDatabase.queryLong("select nextval('sensitive_word_seq')");
        TestDatabase.update("insert into sensitive_word (id, word, category, severity, created_by, created_at,"
                + " updated_at) values (?, ?, 'OTHER', ?, 'it', now(), now())", id, word, severity);
        return id;
    }

    private static long notifications(long recipient, String key) throws SQLException {
        return TestDatabase.queryLong("select count(*) from notification where recipient_id = ? and message_key = ?",
                recipient, "notification.teaching." + key);
    }

    private static String lastLink(long recipient, String key) throws SQLException {
        return TestDatabase.queryString("select link from notification where recipient_id = ? and message_key = ?"
                + " order by id desc limit 1", recipient, "notification.teaching." + key);
    }

    private static long denials(String actor, String action) throws SQLException {
        return TestDatabase.queryLong("select count(*) from audit_record where actor = ? and action = ? and outcome ="
                + " 'DENIED'", actor, action);
    }
}
