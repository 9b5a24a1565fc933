package org.ziyuanku.it.teaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.SQLException;
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
import org.ziyuanku.it.support.TestDatabase;
import org.ziyuanku.it.support.TestKeycloak;
import org.ziyuanku.it.support.TestResources;

/**
 * Peer grading (互评) with N = 2 through the REST API: with 3, 4 and 5 submitters nobody reviews their own work and
 * every submission gets exactly 2 reviewers (and every reviewer 2 reviews); handing out again changes nothing; a late
 * joiner's submission gets 2 reviewers from those with the fewest reviews and they review nobody; too early or too
 * few is refused. Scores: the median of the done reviews, less the no-review penalty while the author has not done
 * theirs; the teacher's override stays. Reviewers and learners see no author or reviewer; a learner sees only their
 * own grade and cannot save another's review.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PeerReviewIT {

    private static final String SUFFIX = Long.toString(System.currentTimeMillis() % 100_000);
    private static final String TEACHER = "pr-teacher-" + SUFFIX;
    private static final String[] LEARNERS = {"pr-p1-" + SUFFIX, "pr-p2-" + SUFFIX, "pr-p3-" + SUFFIX,
        "pr-p4-" + SUFFIX, "pr-p5-" + SUFFIX};
    private static final String[] WORKS = {"作品甲", "作品乙", "作品丙", "作品丁", "作品戊"};
    private static final long[] IDS = new long[LEARNERS.length];
    private static long course;
    private static long offering;
    private static long classA;

    @BeforeAll
    static void anOfferingWithFiveLearners() throws Exception {
        TestKeycloak.ensureRunning();
        long school = TeachingWorld.schoolA();
        long teacher = TeachingWorld.person(TEACHER, "teacher", school);
        long library = TestResources.weldingLibraryWith(school);
        course = TeachingWorld.course(library, teacher, "PR" + SUFFIX,
                TeachingWorld.publishedResources(TEACHER, library, "pr" + SUFFIX, 1));
        offering = TeachingWorld.offer(TEACHER, course, "焊接互评 " + SUFFIX, "CODE", false);
        classA = TeachingWorld.createClass(TEACHER, offering, "一班");
        TeachingWorld.publish(TEACHER, offering);
        for (int i = 0; i < LEARNERS.length; i++) {
            IDS[i] = TeachingWorld.person(LEARNERS[i], "learner", school);
            CourseFixtures.enrol(offering, classA, IDS[i]);
        }
    }

    @AfterAll
    static void deleteWhatWasCreated() throws Exception {
        TestDatabase.update("delete from assignment where offering_id = ?", offering);
        TeachingWorld.forgetCourse(course);
        TeachingWorld.forget(TEACHER);
        TeachingWorld.forget(LEARNERS);
    }

    @Test
    void with3_4And5Submitters_nobodyReviewsTheirOwn_everySubmissionAndReviewerHasExactly2_andAgainChangesNothing()
            throws Exception {
        for (int k = 3; k <= 5; k++) {
            long hw = submittedBy(k, "互评 " + k);
            HttpResponse<String> assigned = assign(hw);
            assertEquals(200, assigned.statusCode(), assigned.body());
            assertEquals(Integer.toString(2 * k), ApiClient.json(assigned.body(), "created"));

            assertEquals(2L * k, reviews(hw));
            assertEquals(0, TestDatabase.queryLong("select count(*) from peer_review r join assignment_submission s"
                    + " on s.id = r.submission_id where s.assignment_id = ? and r.reviewer_id = s.learner_id", hw));
            assertEquals(List.of(2L), perSubmission(hw), "reviewers per submission, " + k + " submitters");
            assertEquals(List.of(2L), perReviewer(hw), "reviews per reviewer, " + k + " submitters");
            HttpResponse<String> again = assign(hw);
            assertEquals(200, again.statusCode(), again.body());
            assertEquals("0", ApiClient.json(again.body(), "created"));
            assertEquals(2L * k, reviews(hw));
        }
    }

    @Test
    void aLateJoiner_gets2ReviewersWithTheFewestReviews_andReviewsNobody_tooEarlyOrTooFewIsRefused()
            throws Exception {
        long hw = submittedBy(4, "迟到者");
        assertEquals(200, assign(hw).statusCode());
        HttpResponse<String> late = HomeworkWorld.submit(LEARNERS[4], hw, WORKS[4]);
        assertEquals(200, late.statusCode(), late.body());
        assertEquals("true", ApiClient.json(late.body(), "late"));

        HttpResponse<String> again = assign(hw);
        assertEquals(200, again.statusCode(), again.body());
        assertEquals("2", ApiClient.json(again.body(), "created"));
        assertEquals(2, TestDatabase.queryLong("select count(*) from peer_review r join assignment_submission s on"
                + " s.id = r.submission_id where s.assignment_id = ? and s.learner_id = ? and r.reviewer_id <> ?", hw,
                IDS[4], IDS[4]));
        assertEquals(0, TestDatabase.queryLong("select count(*) from peer_review where reviewer_id = ?", IDS[4]));
        assertEquals("[]", ApiClient.as(LEARNERS[4]).get("/api/v1/my-peer-reviews?assignment=" + hw).body());
        assertEquals(List.of(2L, 2L, 3L, 3L), HomeworkWorld.queryLongs("select count(*) from peer_review r join"
                + " assignment_submission s on s.id = r.submission_id where s.assignment_id = ? group by r.reviewer_id"
                + " order by count(*)", hw));

        long early = HomeworkWorld.published(TEACHER, offering, HomeworkWorld.peer(classA, "太早", 2, 3));
        HttpResponse<String> tooEarly = assign(early);
        assertEquals(409, tooEarly.statusCode(), tooEarly.body());
        assertEquals("互评任务须在作业截止后分配。", ApiClient.json(tooEarly.body(), "message"));
        long few = submittedBy(2, "太少");
        HttpResponse<String> tooFew = assign(few);
        assertEquals(409, tooFew.statusCode(), tooFew.body());
        assertEquals("互评至少需要 3 份提交（以免有人评自己的作业），目前只有 2 份。", ApiClient.json(tooFew.body(), "message"));
        assertEquals(0, reviews(few));
    }

    @Test
    void theMedianLessTheNoReviewPenalty_theOverrideStays_andLearnersSeeOnlyTheirOwnGradeAnonymously()
            throws Exception {
        long hw = submittedBy(3, "打分");
        assertEquals(200, assign(hw).statusCode());
        review(0, hw, Map.of(WORKS[1], "[4,2]", WORKS[2], "[6,4]"));
        review(1, hw, Map.of(WORKS[0], "[5,3]", WORKS[2], "[3,2]"));

        assertEquals("8.00", finalScore(hw, 0));
        assertEquals("6.00", finalScore(hw, 1));
        assertEquals("4.50", finalScore(hw, 2), "median of 10 and 5, less 3 for not reviewing");

        HttpResponse<String> mine = ApiClient.as(LEARNERS[0]).get("/api/v1/assignments/" + hw + "/my-submission");
        assertEquals(200, mine.statusCode(), mine.body());
        assertEquals(0, new BigDecimal(ApiClient.json(mine.body(), "finalScore")).compareTo(new BigDecimal("8")));
        assertEquals(2, TeachingWorld.all(mine.body(), "done").size(), mine.body());
        HttpResponse<String> tasks = ApiClient.as(LEARNERS[0]).get("/api/v1/my-peer-reviews?assignment=" + hw);
        for (HttpResponse<String> seen : List.of(mine, tasks)) {
            assertFalse(seen.body().contains("learner") || seen.body().contains("reviewer"), seen.body());
            for (String learner : LEARNERS) {
                assertFalse(seen.body().contains(learner), seen.body());
            }
        }
        assertEquals(403, ApiClient.as(LEARNERS[0]).get("/api/v1/assignments/" + hw + "/submissions").statusCode());

        refusesAForgedAndAnOutOfRangeReview(hw);

        long third = submission(hw, 2);
        HttpResponse<String> overridden = ApiClient.as(TEACHER).postJson("/api/v1/submissions/" + third
                + "/override", "{\"score\":9,\"comment\":\"教师复核\",\"version\":" + HomeworkWorld.version(third) + "}");
        assertEquals(200, overridden.statusCode(), overridden.body());
        review(2, hw, Map.of(WORKS[0], "[2,2]", WORKS[1], "[4,4]"));
        assertEquals("9.00", finalScore(hw, 2));
        assertEquals("true", TestDatabase.queryString("select overridden::text from assignment_submission where id = ?",
                third));
        assertEquals("6.00", finalScore(hw, 0), "median of 8 and 4, no penalty once all reviewed");
        assertEquals("7.00", finalScore(hw, 1), "median of 6 and 8");
    }

    @Test
    void aManualGradeOnAPeerHomework_isRefusedPointingToOverride_andAMissingHomeworkIsNamedAsHomework()
            throws Exception {
        long hw = submittedBy(3, "手评");
        long first = submission(hw, 0);
        String grade = "{\"score\":7,\"comment\":\"手工\",\"version\":" + HomeworkWorld.version(first) + "}";
        HttpResponse<String> refused = ApiClient.as(TEACHER).postJson("/api/v1/submissions/" + first + "/grade", grade);
        HttpResponse<String> refusedEn = ApiClient.as(TEACHER).inLanguage("en").postJson("/api/v1/submissions/"
                + first + "/grade", grade);
        assertEquals(409, refused.statusCode(), refused.body());
        assertEquals("该作业采用互评，不能直接评分（下一份互评会覆盖它）；请使用“覆盖成绩”。",
                ApiClient.json(refused.body(), "message"));
        assertTrue(ApiClient.json(refusedEn.body(), "message").contains("Override"), refusedEn.body());
        assertNull(TestDatabase.queryString("select teacher_score::text from assignment_submission"
                + " where id = ?", first));
        assertNull(TestDatabase.queryString("select final_score::text from assignment_submission"
                + " where id = ?", first));

        HttpResponse<String> missing = ApiClient.as(TEACHER).get("/api/v1/assignments/" + (hw + 1_000_000));
        HttpResponse<String> missingSubmission = ApiClient.as(TEACHER).postJson("/api/v1/submissions/"
                + (first + 1_000_000) + "/grade", grade);
        assertEquals(404, missing.statusCode(), missing.body());
        assertEquals("该作业、提交或互评任务不存在。", ApiClient.json(missing.body(), "message"));
        assertEquals(404, missingSubmission.statusCode(), missingSubmission.body());
        assertEquals("该作业、提交或互评任务不存在。", ApiClient.json(missingSubmission.body(), "message"));
    }

    /** Another learner saving the learner's review gets 404; a score over the criterion's points 400; no change. */
    private static void refusesAForgedAndAnOutOfRangeReview(long hw) throws SQLException {
        long someoneElses = TestDatabase.queryLong("select min(r.id) from peer_review r join assignment_submission s"
                + " on s.id = r.submission_id where s.assignment_id = ? and r.reviewer_id = ?", hw, IDS[0]);
        String before = TestDatabase.queryString("select scores from peer_review where id = ?", someoneElses);
        HttpResponse<String> forged = ApiClient.as(LEARNERS[2]).postJson("/api/v1/peer-reviews/" + someoneElses,
                "{\"scores\":[0,0],\"comment\":\"冒充\"}");
        HttpResponse<String> outOfRange = ApiClient.as(LEARNERS[0]).postJson("/api/v1/peer-reviews/" + someoneElses,
                "{\"scores\":[7,0]}");
        assertEquals(404, forged.statusCode(), forged.body());
        assertEquals(400, outOfRange.statusCode(), outOfRange.body());
        assertEquals("“内容”的得分须在 0 到 6 之间。", ApiClient.json(outOfRange.body(), "message"));
        assertEquals(before, TestDatabase.queryString("select scores from peer_review where id = ?", someoneElses));
    }

    /** The first k learners submit to a new peer homework (N = 2, penalty 3) which is then past due; its id. */
    private static long submittedBy(int k, String title) throws SQLException {
        long hw = HomeworkWorld.published(TEACHER, offering, HomeworkWorld.peer(classA, title, 2, 3));
        for (int i = 0; i < k; i++) {
            HomeworkWorld.submitted(LEARNERS[i], hw, WORKS[i]);
        }
        HomeworkWorld.pastDue(hw);
        return hw;
    }

    /** The learner saves each of their reviews with the scores given for the work's text. */
    private static void review(int learner, long hw, Map<String, String> scoresByWork) {
        HttpResponse<String> tasks = ApiClient.as(LEARNERS[learner]).get("/api/v1/my-peer-reviews?assignment=" + hw);
        assertEquals(200, tasks.statusCode(), tasks.body());
        List<String> ids = TeachingWorld.all(tasks.body(), "id");
        List<String> texts = TeachingWorld.all(tasks.body(), "text");
        assertEquals(scoresByWork.size(), texts.size(), tasks.body());
        for (int i = 0; i < texts.size(); i++) {
            HttpResponse<String> saved = ApiClient.as(LEARNERS[learner]).postJson("/api/v1/peer-reviews/" + ids.get(i),
                    "{\"scores\":" + scoresByWork.get(texts.get(i)) + ",\"comment\":\"不错\"}");
            assertEquals(200, saved.statusCode(), saved.body());
        }
    }

    private static HttpResponse<String> assign(long hw) {
        return ApiClient.as(TEACHER).post("/api/v1/assignments/" + hw + "/peer-reviews/assign");
    }

    private static long submission(long hw, int learner) throws SQLException {
        return TestDatabase.queryLong("select id from assignment_submission where assignment_id = ? and learner_id = ?",
                hw, IDS[learner]);
    }

    private static String finalScore(long hw, int learner) throws SQLException {
        return TestDatabase.queryString("select final_score::text from assignment_submission where assignment_id = ?"
                + " and learner_id = ?", hw, IDS[learner]);
    }

    private static long reviews(long hw) throws SQLException {
        return TestDatabase.queryLong("select count(*) from peer_review r join assignment_submission s on"
                + " s.id = r.submission_id where s.assignment_id = ?", hw);
    }

    private static List<Long> perSubmission(long hw) throws SQLException {
        return HomeworkWorld.queryLongs("select distinct count(*) from peer_review r join assignment_submission s on"
                + " s.id = r.submission_id where s.assignment_id = ? group by r.submission_id", hw);
    }

    private static List<Long> perReviewer(long hw) throws SQLException {
        return HomeworkWorld.queryLongs("select distinct count(*) from peer_review r join assignment_submission s on"
                + " s.id = r.submission_id where s.assignment_id = ? group by r.reviewer_id", hw);
    }
}
