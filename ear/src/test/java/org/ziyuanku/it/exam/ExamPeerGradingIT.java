package org.ziyuanku.it.exam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
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
import org.ziyuanku.it.support.TestDatabase;

/**
 * Peer grading (互评) of an exam's essay answers (issue 15 item 6) through {@code /api/v1/exams} and
 * {@code /api/v1/peer-tasks}: an exam set with 2 peer reviewers, taken by 3 of the class's 4 learners (a true/false
 * question, 2 points, and a short answer, 4 points). Handing out before the exam is over is 409, with more reviewers
 * than submitters allow 409 in the caller's language; after closing it gives each submitter exactly 2 tasks, none their
 * own, and nothing to the learner who did not submit. Tasks are anonymous; a bad score or comment is 400 in the
 * caller's language; another learner forging a task id gets 404 (audited DENIED). Once both scores of an answer are in
 * its score is their mean and the attempt is GRADED (the learner's result shows it); a task is revisable until the
 * teacher grades, and the teacher's grade in the queue (which shows the peer scores) overrides the peers'. Without the
 * teacher, the minute sweep hands out exams whose window ended, each once and with its own system audit record.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExamPeerGradingIT {

    private static PeerExamWorld world;
    private static String teacher;
    private static List<String> learners;
    private static String idle;
    private static long essay;

    @BeforeAll
    static void classWithPaper() throws Exception {
        world = PeerExamWorld.create("pg");
        teacher = world.teacher;
        learners = world.learners;
        idle = world.idle;
        essay = world.essay;
    }

    @AfterAll
    static void forget() throws Exception {
        world.forget();
    }

    @Test
    void handedOutByRotation_gradedAnonymously_meanSettlesTheAttempt_teacherOverrides() throws Exception {
        long exam = submittedExam("互评考试" + world.suffix);
        ApiClient teaching = ApiClient.as(teacher);
        HttpResponse<String> early = teaching.inLanguage("en").post("/api/v1/exams/" + exam + "/peer-grading");
        assertEquals(409, early.statusCode(), early.body());
        assertTrue(early.body().contains("only after the exam is over"), early.body());
        assertEquals(200, teaching.post("/api/v1/exams/" + exam + "/close").statusCode());
        TestDatabase.update("update exam set peer_auto_at = now() where id = ?", exam);
        TestDatabase.update("update exam set peer_reviewers = 3 where id = ?", exam);
        HttpResponse<String> tooFew = teaching.inLanguage("en").post("/api/v1/exams/" + exam + "/peer-grading");
        assertEquals(409, tooFew.statusCode(), tooFew.body());
        assertTrue(tooFew.body().contains("more than 3 learners must have submitted; only 3 did"), tooFew.body());
        TestDatabase.update("update exam set peer_reviewers = 2 where id = ?", exam);
        assertEquals(403, ApiClient.as(learners.get(0)).post("/api/v1/exams/" + exam + "/peer-grading").statusCode());

        HttpResponse<String> handed = teaching.post("/api/v1/exams/" + exam + "/peer-grading");
        assertEquals(200, handed.statusCode(), handed.body());
        assertEquals("6", ApiClient.json(handed.body(), "tasks"), handed.body());
        assertEquals(409, teaching.post("/api/v1/exams/" + exam + "/peer-grading").statusCode(), "only once");
        for (String learner : learners) {
            assertEquals(2, TestDatabase.queryLong("select count(*) from exam_peer_task where exam_id = ?"
                    + " and reviewer_id = ?", exam, account(learner)), learner + " has exactly 2 tasks");
        }
        assertEquals(0, TestDatabase.queryLong("select count(*) from exam_peer_task p join exam_attempt a on"
                + " a.id = p.attempt_id where p.exam_id = ? and a.learner_id = p.reviewer_id", exam), "none their own");
        HttpResponse<String> idleTasks = ApiClient.as(idle).get("/api/v1/exams/" + exam + "/peer-tasks");
        assertEquals(200, idleTasks.statusCode(), idleTasks.body());
        assertEquals("[]", idleTasks.body().strip(), "who did not submit grades nothing");

        assertTasksAnonymous(exam);
        refusals(exam);
        gradeAll(exam);
        teacherOverrides(exam);
    }

    /** The first learner's tasks: others' answers, the stem and reference, no author name. */
    private static void assertTasksAnonymous(long exam) throws Exception {
        String first = learners.get(0);
        HttpResponse<String> mine = ApiClient.as(first).get("/api/v1/exams/" + exam + "/peer-tasks");
        assertEquals(200, mine.statusCode(), mine.body());
        assertFalse(mine.body().contains("答案-" + first), "not their own answer: " + mine.body());
        assertTrue(mine.body().contains("简述焊接裂纹" + world.suffix) && mine.body().contains("参考" + world.suffix),
                mine.body());
        assertFalse(mine.body().contains("learner") || mine.body().contains("attempt"), "no author: " + mine.body());
        assertEquals(2, countOf(mine.body(), "\"answer\":\"答案-pg-l"), mine.body());
    }

    /** Bad score and comment: 400 in the caller's language; another learner's forged task id: 404, audited. */
    private static void refusals(long exam) throws Exception {
        long task = TestDatabase.queryLong("select min(id) from exam_peer_task where exam_id = ? and reviewer_id = ?",
                exam, account(learners.get(0)));
        ApiClient reviewer = ApiClient.as(learners.get(0));
        HttpResponse<String> tooMuch = reviewer.inLanguage("en").postJson("/api/v1/peer-tasks/" + task,
                "{\"score\":4.5}");
        assertEquals(400, tooMuch.statusCode(), tooMuch.body());
        assertTrue(tooMuch.body().contains("The score must be from 0 to 4"), tooMuch.body());
        HttpResponse<String> fine = reviewer.postJson("/api/v1/peer-tasks/" + task, "{\"score\":1.005}");
        assertEquals(400, fine.statusCode(), fine.body());
        assertTrue(fine.body().contains("分数须在 0 至 4 之间，最多两位小数"), fine.body());
        HttpResponse<String> longComment = reviewer.postJson("/api/v1/peer-tasks/" + task, "{\"score\":2,"
                + "\"comment\":\"" + "长".repeat(501) + "\"}");
        assertEquals(400, longComment.statusCode(), longComment.body());
        assertTrue(longComment.body().contains("评语最多 500 个字符"), longComment.body());
        HttpResponse<String> noScore = reviewer.inLanguage("en").postJson("/api/v1/peer-tasks/" + task, "{}");
        assertEquals(400, noScore.statusCode(), noScore.body());

        for (String forger : List.of(idle, learners.get(1))) {
            HttpResponse<String> forged = ApiClient.as(forger).postJson("/api/v1/peer-tasks/" + task, "{\"score\":4}");
            assertEquals(404, forged.statusCode(), forged.body());
        }
        assertEquals(2, TestDatabase.queryLong("select count(*) from audit_record where action = 'EXAM_PEER_GRADE'"
                + " and outcome = 'DENIED' and target = ?", "peer-task:" + task), "the refusals are audited");
        assertEquals(0, TestDatabase.queryLong("select count(*) from exam_peer_task where id = ? and score is not null",
                task), "nothing was written");
    }

    /**
     * Every reviewer grades: the first task of each answer 3, the second 2 (the first learner's first task graded 1,
     * then revised). Before the last score the answer waits; after it, every essay scores 2.5 and the attempts 4.5.
     */
    private static void gradeAll(long exam) throws Exception {
        List<long[]> plan = tasks(exam);
        for (int i = 0; i < plan.size(); i++) {
            long[] t = plan.get(i);
            String reviewer = username(t[1]);
            if (i == 0) {
                assertEquals(200, grade(reviewer, t[0], "1", "初评").statusCode());
            }
            if (i == plan.size() - 1) {
                assertEquals("PENDING", TestDatabase.queryString("select grader from exam_answer where attempt_id = ?"
                        + " and question_id = ?", t[2], essay), "waits for the last peer score");
            }
            HttpResponse<String> graded = grade(reviewer, t[0], t[3] == 1 ? "3" : "2", "评语" + i);
            assertEquals(200, graded.statusCode(), graded.body());
        }
        for (String learner : learners) {
            long attempt = attemptOf(exam, learner);
            assertEquals(250, TestDatabase.queryLong("select (score * 100)::bigint from exam_answer where attempt_id = ?"
                    + " and question_id = ?", attempt, essay), "mean of 3 and 2");
            assertEquals("GRADED", TestDatabase.queryString("select status from exam_attempt where id = ?", attempt));
            JsonObject result = ExamEndpointIT.object(ApiClient.as(learner).get("/api/v1/attempts/" + attempt), 200);
            assertEquals(0, new BigDecimal("4.5").compareTo(result.getJsonNumber("score")
                    .bigDecimalValue()), result.toString());
            assertTrue(result.toString().contains("2.5"), "the essay's score is shown: " + result);
        }
    }

    /** The queue shows the peers' scores; the teacher's grade overrides them, after which peers cannot revise. */
    private static void teacherOverrides(long exam) throws Exception {
        ApiClient teaching = ApiClient.as(teacher);
        HttpResponse<String> queue = teaching.get("/api/v1/exams/" + exam + "/grading");
        assertEquals(200, queue.statusCode(), queue.body());
        assertTrue(queue.body().contains("\"grader\":\"PEER\"") && queue.body().contains("\"peerTasks\":2"),
                queue.body());
        long attempt = attemptOf(exam, learners.get(2));
        HttpResponse<String> graded = teaching.postJson("/api/v1/attempts/" + attempt + "/answers/" + essay + "/grade",
                "{\"score\":4,\"comment\":\"教师\"}");
        assertEquals(200, graded.statusCode(), graded.body());
        assertEquals(600, TestDatabase.queryLong("select (score * 100)::bigint from exam_attempt where id = ?",
                attempt), "2 + 4: the teacher's grade wins");
        long[] task = tasks(exam).stream().filter(t -> t[2] == attempt).findFirst().orElseThrow();
        HttpResponse<String> late = grade(username(task[1]), task[0], "0", "");
        assertEquals(409, late.statusCode(), late.body());
        assertEquals(600, TestDatabase.queryLong("select (score * 100)::bigint from exam_attempt where id = ?",
                attempt), "unchanged");
    }

    @Test
    void badNumberOfPeerReviewersIs400_inTheCallersLanguage_andNothingStored() throws Exception {
        LocalDateTime now = LocalDateTime.now();
        long before = TestDatabase.queryLong("select count(*) from exam where offering_id = ?", world.offering);
        HttpResponse<String> en = ApiClient.as(teacher).inLanguage("en").postJson("/api/v1/exams",
                world.body("六" + world.suffix, now, 6));
        assertEquals(400, en.statusCode(), en.body());
        assertTrue(en.body().contains("The number of peer reviewers must be 0 (no peer grading) to 5."), en.body());
        HttpResponse<String> zh = ApiClient.as(teacher).postJson("/api/v1/exams",
                world.body("负" + world.suffix, now, -1));
        assertEquals(400, zh.statusCode(), zh.body());
        assertTrue(zh.body().contains("互评人数须为 0（不互评）至 5 人"), zh.body());
        assertEquals(before, TestDatabase.queryLong("select count(*) from exam where offering_id = ?", world.offering));
    }

    @Test
    void handedOutByTheMinuteSweepOnceTheWindowHasEnded_onlyOnce_eachExamInItsOwnRecord() throws Exception {
        long exam = submittedExam("自动互评" + world.suffix);
        long other = submittedExam("自动互评二" + world.suffix);
        LocalDateTime now = LocalDateTime.now();
        TestDatabase.update("update exam set opens_at = ?, closes_at = ? where id in (?, ?)",
                Timestamp.valueOf(now.minusMinutes(30)), Timestamp.valueOf(now.minusMinutes(2)), exam, other);
        long deadline = System.currentTimeMillis() + 150_000;
        while (TestDatabase.queryLong("select count(*) from exam_peer_task where exam_id in (?, ?)", exam, other) < 12
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(2_000);
        }
        assertHandedOutBySweep(exam);
        assertHandedOutBySweep(other);
        HttpResponse<String> again = ApiClient.as(teacher).post("/api/v1/exams/" + exam + "/peer-grading");
        assertEquals(409, again.statusCode(), again.body());
        assertTrue(again.body().contains("互评任务已经分发过了"), again.body());
    }

    /** 6 tasks, none their own; one SUCCESS record of the system for the exam (each exam its own transaction). */
    private static void assertHandedOutBySweep(long exam) throws Exception {
        assertEquals(6, TestDatabase.queryLong("select count(*) from exam_peer_task where exam_id = ?", exam),
                "2 reviewers for each of the 3 essays, handed out without the teacher");
        assertEquals(0, TestDatabase.queryLong("select count(*) from exam_peer_task p join exam_attempt a on"
                + " a.id = p.attempt_id where p.exam_id = ? and a.learner_id = p.reviewer_id", exam), "none their own");
        assertEquals(1, TestDatabase.queryLong("select count(*) from audit_record where action = 'EXAM_PEER_HAND_OUT'"
                + " and actor = 'system' and outcome = 'SUCCESS' and target = ? and detail like '%6 tasks'",
                "exam:" + exam), "the automatic hand-out is audited once, by the system");
    }

    private static long submittedExam(String title) throws Exception {
        return world.submittedExam(title);
    }

    private static HttpResponse<String> grade(String reviewer, long task, String score, String comment) {
        return PeerExamWorld.grade(reviewer, task, score, comment);
    }

    private static List<long[]> tasks(long exam) throws Exception {
        return PeerExamWorld.tasks(exam);
    }

    private static long attemptOf(long exam, String learner) throws Exception {
        return PeerExamWorld.attemptOf(exam, learner);
    }

    private static int countOf(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    private static String username(long id) throws Exception {
        return PeerExamWorld.username(id);
    }

    private static long account(String username) throws Exception {
        return PeerExamWorld.account(username);
    }
}
