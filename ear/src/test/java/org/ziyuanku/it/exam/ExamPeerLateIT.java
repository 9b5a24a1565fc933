package org.ziyuanku.it.exam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ziyuanku.it.support.ApiClient;
import org.ziyuanku.it.support.CrossSiteApi;
import org.ziyuanku.it.support.TestDatabase;

/**
 * Exam peer grading (互评) after the hand-out and at its edges: a learner who submits after the hand-out (the window
 * over, their own deadline not yet) gets 2 reviewers among the 3 who submitted in time, the least loaded, never
 * themselves, and reviews nobody; submitting again adds nothing; their reviewers' mean settles the attempt. The
 * teacher's queue then lists the 3 answers still waiting first and the late one as graded by peers with its mean.
 * The two POSTs refuse the victim's cookie from another site (403, nothing changed); a malformed JSON body is 400 in
 * Chinese and English; a learner's refused hand-out (403) leaves a DENIED audit record.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExamPeerLateIT {

    private static PeerExamWorld world;

    @BeforeAll
    static void classWithPaper() throws Exception {
        world = PeerExamWorld.create("pl");
    }

    @AfterAll
    static void forget() throws Exception {
        world.forget();
    }

    @Test
    void lateSubmitterGetsTwoReviewers_balanced_onceOnly_andTheMeanSettlesIt() throws Exception {
        long exam = world.publishedExam("迟交互评" + world.suffix);
        long late = world.answered(exam, world.idle);
        for (String learner : world.learners) {
            long attempt = world.answered(exam, learner);
            assertEquals(200, ApiClient.as(learner).post("/api/v1/attempts/" + attempt + "/submit").statusCode());
        }
        LocalDateTime now = LocalDateTime.now();
        TestDatabase.update("update exam set closes_at = ?, peer_auto_at = ? where id = ?",
                Timestamp.valueOf(now.minusMinutes(1)), Timestamp.valueOf(now), exam);
        TestDatabase.update("update exam_attempt set deadline_at = ? where id = ?",
                Timestamp.valueOf(now.plusMinutes(20)), late);
        HttpResponse<String> handed = ApiClient.as(world.teacher).post("/api/v1/exams/" + exam + "/peer-grading");
        assertEquals(200, handed.statusCode(), handed.body());
        assertEquals("6", ApiClient.json(handed.body(), "tasks"), handed.body());
        assertEquals(0, tasksOf(late), "still in progress at the hand-out");

        ApiClient latecomer = ApiClient.as(world.idle);
        assertEquals(200, latecomer.post("/api/v1/attempts/" + late + "/submit").statusCode());
        assertEquals(2, tasksOf(late), "the late essay gets 2 reviewers");
        assertEquals(200, latecomer.post("/api/v1/attempts/" + late + "/submit").statusCode());
        assertEquals(8, TestDatabase.queryLong("select count(*) from exam_peer_task where exam_id = ?", exam),
                "submitting again adds nothing");
        long me = PeerExamWorld.account(world.idle);
        assertEquals(0, TestDatabase.queryLong("select count(*) from exam_peer_task where exam_id = ? and"
                + " reviewer_id = ?", exam, me), "the late submitter reviews nobody");
        assertEquals(2, TestDatabase.queryLong("select count(distinct reviewer_id) from exam_peer_task where"
                + " attempt_id = ? and reviewer_id <> ?", late, me), "two others");
        assertEquals(1, TestDatabase.queryLong("select max(n) - min(n) from (select count(*) n from exam_peer_task"
                + " where exam_id = ? group by reviewer_id) loads", exam), "balanced: 3, 3, 2");

        List<long[]> lateTasks = PeerExamWorld.tasks(exam).stream().filter(t -> t[2] == late).toList();
        assertEquals(200, PeerExamWorld.grade(PeerExamWorld.username(lateTasks.get(0)[1]), lateTasks.get(0)[0], "3",
                "").statusCode());
        assertEquals(200, PeerExamWorld.grade(PeerExamWorld.username(lateTasks.get(1)[1]), lateTasks.get(1)[0], "2",
                "").statusCode());
        assertEquals("GRADED", TestDatabase.queryString("select status from exam_attempt where id = ?", late));
        assertEquals(450, TestDatabase.queryLong("select (score * 100)::bigint from exam_attempt where id = ?", late),
                "2 (true/false) + 2.5 (the mean)");
        queueListsWaitingFirst(exam, late);
    }

    /** The 3 essays still waiting come first; the late one follows, graded by peers, with its mean. */
    private static void queueListsWaitingFirst(long exam, long late) {
        HttpResponse<String> queue = ApiClient.as(world.teacher).get("/api/v1/exams/" + exam + "/grading");
        assertEquals(200, queue.statusCode(), queue.body());
        JsonArray items = jakarta.json.Json.createReader(new StringReader(queue.body())).readArray();
        assertEquals(4, items.size(), queue.body());
        for (int i = 0; i < 3; i++) {
            assertEquals("PENDING", items.getJsonObject(i).getString("grader"), queue.body());
            JsonObject waiting = items.getJsonObject(i);
            assertTrue(!waiting.containsKey("peerMean") || waiting.isNull("peerMean"), queue.body());
        }
        JsonObject graded = items.getJsonObject(3);
        assertEquals("PEER", graded.getString("grader"), queue.body());
        assertEquals(late, graded.getJsonNumber("attemptId").longValue());
        assertEquals(0, new BigDecimal("2.5").compareTo(graded.getJsonNumber("peerMean").bigDecimalValue()));
    }

    @Test
    void crossSitePosts_malformedBodies_andTheLearnersHandOut_areRefused() throws Exception {
        long exam = world.submittedExam("互评拒绝" + world.suffix);
        assertEquals(200, ApiClient.as(world.teacher).post("/api/v1/exams/" + exam + "/close").statusCode());
        TestDatabase.update("update exam set peer_auto_at = now() where id = ?", exam);
        String learner = world.learners.get(0);
        HttpResponse<String> denied = ApiClient.as(learner).post("/api/v1/exams/" + exam + "/peer-grading");
        assertEquals(403, denied.statusCode(), denied.body());
        assertEquals(1, TestDatabase.queryLong("select count(*) from audit_record where action = 'EXAM_PEER_HAND_OUT'"
                + " and outcome = 'DENIED' and actor = ? and target = ?", learner, "exam:" + exam),
                "the refused hand-out is audited");

        CrossSiteApi teacherForged = CrossSiteApi.victim(world.teacher);
        teacherForged.assertLive();
        CrossSiteApi.assertRefused(teacherForged.send("POST", "/api/v1/exams/" + exam + "/peer-grading", null));
        assertEquals(0, TestDatabase.queryLong("select count(*) from exam_peer_task where exam_id = ?", exam));
        assertEquals(200, ApiClient.as(world.teacher).post("/api/v1/exams/" + exam + "/peer-grading").statusCode());

        long task = TestDatabase.queryLong("select min(id) from exam_peer_task where exam_id = ? and reviewer_id = ?",
                exam, PeerExamWorld.account(learner));
        CrossSiteApi learnerForged = CrossSiteApi.victim(learner);
        learnerForged.assertLive();
        CrossSiteApi.assertRefused(learnerForged.send("POST", "/api/v1/peer-tasks/" + task, "{\"score\":4}"));
        HttpResponse<String> broken = ApiClient.as(learner).postJson("/api/v1/peer-tasks/" + task, "{\"score\":");
        assertEquals(400, broken.statusCode(), broken.body());
        assertTrue(broken.body().contains("请求正文不是可读取的 JSON"), broken.body());
        HttpResponse<String> brokenEn = ApiClient.as(learner).inLanguage("en").postJson("/api/v1/peer-tasks/" + task,
                "[1,");
        assertEquals(400, brokenEn.statusCode(), brokenEn.body());
        assertTrue(brokenEn.body().contains("The request body is not readable JSON"), brokenEn.body());
        assertEquals(0, TestDatabase.queryLong("select count(*) from exam_peer_task where id = ? and score is not null",
                task), "nothing was written");
        assertNotEquals(0, task);
    }

    private static long tasksOf(long attempt) throws Exception {
        return TestDatabase.queryLong("select count(*) from exam_peer_task where attempt_id = ?", attempt);
    }
}
