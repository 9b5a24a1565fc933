package org.ziyuanku.it.exam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ziyuanku.it.Deployments;
import org.ziyuanku.it.support.ApiClient;
import org.ziyuanku.it.support.TestDatabase;

/**
 * What the minute sweep does for exam peer grading (互评) after a hand-out, checked in the database: an attempt that
 * committed SUBMITTED while the hand-out read the submitters (made so by SQL: submitted, its essay waiting, no task)
 * gets 2 reviewers, never its author, audited {@code EXAM_PEER_LATE} SUCCESS by the system; a late submitter with
 * fewer others to review it than the exam's N is marked, audited FAILURE ("3 of 4 reviewers") once, and the exam's
 * teachers (the class's teacher and the offering's owner) are notified (the teacher's inbox in English); an attempt
 * still in progress at the hand-out and submitted by the deadline sweep gets its 2 reviewers at that submit. The first
 * case waits for the minute timer itself; the others run the sweep's step at once through {@link PeerSweepProbeServlet},
 * so the class waits for the timer only once.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExamPeerSweepIT {

    private static final long SWEEP_WAIT_MS = 150_000;
    private static PeerExamWorld world;

    @BeforeAll
    static void classWithPaper() throws Exception {
        world = PeerExamWorld.create("ps");
    }

    @AfterAll
    static void forget() throws Exception {
        world.forget();
    }

    @Test
    void anAttemptSubmittedAsTheHandOutRead_getsTwoReviewersFromTheSweep_neverItself() throws Exception {
        long exam = world.submittedExam("竞态互评" + world.suffix);
        long raced = world.answered(exam, world.idle);
        handOutWhileOpen(exam, raced);
        TestDatabase.update("update exam_answer set score = 2, grader = 'AUTO' where attempt_id = ?"
                + " and question_id = ?", raced, world.truth);
        TestDatabase.update("update exam_answer set grader = 'PENDING' where attempt_id = ? and question_id = ?",
                raced, world.essay);
        TestDatabase.update("update exam_attempt set status = 'SUBMITTED', submitted_at = now(), submitted_how ="
                + " 'LEARNER', score = 2 where id = ?", raced);

        awaitCount("select count(*) from exam_peer_task where attempt_id = ?", raced, 2);
        assertEquals(2, tasksOf(raced), "the raced essay gets 2 reviewers");
        long author = PeerExamWorld.account(world.idle);
        assertEquals(0, TestDatabase.queryLong("select count(*) from exam_peer_task where exam_id = ? and"
                + " reviewer_id = ?", exam, author), "nobody reviews their own answer; the latecomer reviews nobody");
        assertEquals(8, TestDatabase.queryLong("select count(*) from exam_peer_task where exam_id = ?", exam));
        assertEquals(1, TestDatabase.queryLong("select count(*) from audit_record where action = 'EXAM_PEER_LATE'"
                + " and actor = 'system' and outcome = 'SUCCESS' and target = ? and detail like '%2 tasks%'",
                "attempt:" + raced), "the catch-up is audited by the system");
    }

    @Test
    void aLateSubmitterWithTooFewReviewers_isAuditedOnce_andTheTeachersAreTold() throws Exception {
        String title = "互评不足" + world.suffix;
        long exam = world.submittedExam(title);
        long late = world.answered(exam, world.idle);
        handOutWhileOpen(exam, late);
        TestDatabase.update("update exam set peer_reviewers = 4 where id = ?", exam);
        assertEquals(200, ApiClient.as(world.idle).post("/api/v1/attempts/" + late + "/submit").statusCode());
        assertEquals(0, tasksOf(late), "3 others review; 4 are needed");

        String target = "attempt:" + late;
        sweep("exam=" + exam);
        assertEquals(1, TestDatabase.queryLong("select count(*) from audit_record where action = 'EXAM_PEER_LATE'"
                + " and actor = 'system' and outcome = 'FAILURE' and target = ? and detail like '%3 of 4 reviewers%'",
                target));
        assertEquals(1, TestDatabase.queryLong("select count(*) from exam_attempt where id = ? and peer_short_at is"
                + " not null and status = 'SUBMITTED'", late), "marked short, waiting for the teacher");
        assertEquals("PENDING", TestDatabase.queryString("select grader from exam_answer where attempt_id = ? and"
                + " question_id = ?", late, world.essay));
        String link = "teaching.exams?exam=" + exam + "&offering=" + world.offering;
        assertEquals(2, TestDatabase.queryLong("select count(*) from notification where message_key ="
                + " 'notification.exam.peerShort' and link = ?", link), "the class's teacher and the offering's owner");
        assertEquals(1, TestDatabase.queryLong("select count(*) from notification where message_key ="
                + " 'notification.exam.peerShort' and link = ? and recipient_id = ?", link,
                PeerExamWorld.account(world.teacher)));
        HttpResponse<String> inbox = ApiClient.as(world.teacher).inLanguage("en").get("/api/v1/notifications");
        assertEquals(200, inbox.statusCode(), inbox.body());
        assertTrue(inbox.body().contains("Exam \\\"" + title + "\\\": the answers of")
                && inbox.body().contains("found too few peer reviewers (3 of 4) and wait for your grading"),
                inbox.body());
    }

    @Test
    void anAttemptInProgressAtTheHandOut_submittedByTheDeadline_getsTwoReviewersThen() throws Exception {
        long exam = world.submittedExam("到时互评" + world.suffix);
        long overdue = world.answered(exam, world.idle);
        handOutWhileOpen(exam, overdue);
        TestDatabase.update("update exam_attempt set deadline_at = ? where id = ?",
                Timestamp.valueOf(LocalDateTime.now().minusSeconds(30)), overdue);

        sweep("overdue");
        assertEquals("AUTO", TestDatabase.queryString("select submitted_how from exam_attempt where id = ?", overdue));
        assertEquals(2, tasksOf(overdue), "the deadline's submit gives the essay 2 reviewers");
        assertEquals(0, TestDatabase.queryLong("select count(*) from exam_peer_task where exam_id = ? and"
                + " reviewer_id = ?", exam, PeerExamWorld.account(world.idle)), "none their own, nobody's else");
        assertEquals(0, TestDatabase.queryLong("select count(*) from audit_record where action = 'EXAM_PEER_LATE'"
                + " and target = ?", "attempt:" + overdue), "given at the submit, not by the catch-up");
    }

    /**
     * Ends the exam's window (its automatic hand-out claimed) while the attempt stays open 20 minutes more, and the
     * teacher hands it out: 6 tasks for the 3 who submitted, none for the attempt.
     */
    private static void handOutWhileOpen(long exam, long open) throws Exception {
        LocalDateTime now = LocalDateTime.now();
        TestDatabase.update("update exam_attempt set deadline_at = ? where id = ?",
                Timestamp.valueOf(now.plusMinutes(20)), open);
        TestDatabase.update("update exam set closes_at = ?, peer_auto_at = ? where id = ?",
                Timestamp.valueOf(now.minusMinutes(1)), Timestamp.valueOf(now), exam);
        HttpResponse<String> handed = ApiClient.as(world.teacher).post("/api/v1/exams/" + exam + "/peer-grading");
        assertEquals(200, handed.statusCode(), handed.body());
        assertEquals("6", ApiClient.json(handed.body(), "tasks"), handed.body());
        assertEquals(0, tasksOf(open), "not submitted at the hand-out");
    }

    /** Waits (the minute sweep runs at every minute's start) until the count reaches {@code expected}. */
    private static void awaitCount(String sql, Object parameter, long expected) throws Exception {
        long deadline = System.currentTimeMillis() + SWEEP_WAIT_MS;
        while (TestDatabase.queryLong(sql, parameter) < expected && System.currentTimeMillis() < deadline) {
            Thread.sleep(2_000);
        }
    }

    /** Runs a step of the minute sweep now ({@link PeerSweepProbeServlet}). */
    private static void sweep(String query) throws Exception {
        HttpResponse<String> swept = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                Deployments.BASE_URL + "/it/peer-sweep?" + query)).timeout(Duration.ofMinutes(1))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, swept.statusCode(), swept.body());
    }

    private static long tasksOf(long attempt) throws Exception {
        return TestDatabase.queryLong("select count(*) from exam_peer_task where attempt_id = ?", attempt);
    }
}
