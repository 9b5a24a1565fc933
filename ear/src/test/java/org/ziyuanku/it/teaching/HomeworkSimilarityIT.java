package org.ziyuanku.it.teaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.List;
import java.util.logging.Logger;
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
 * Similar homework (疑似雷同) through {@code GET /api/v1/assignments/{id}/similarity}: two near-identical Chinese
 * submissions of one class (other punctuation, spaces, full-width letters and one changed phrase) are flagged, an
 * unrelated one is not, nor the same text handed in by a learner of another class; a learner of the homework gets
 * 403 and a teacher of another school 404, both audited as denials; a bad id 404. A class of 200 submissions of 1500
 * characters answers within seconds (the time is logged).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HomeworkSimilarityIT {

    private static final Logger LOG = Logger.getLogger(HomeworkSimilarityIT.class.getName());
    private static final String SUFFIX = Long.toString(System.currentTimeMillis() % 100_000);
    private static final String TEACHER = "hws-teacher-" + SUFFIX;
    private static final String STRANGER = "hws-stranger-" + SUFFIX;
    private static final String ANNA = "hws-anna-" + SUFFIX;
    private static final String BEN = "hws-ben-" + SUFFIX;
    private static final String CLAIRE = "hws-claire-" + SUFFIX;
    private static final String OTHER = "hws-other-" + SUFFIX;
    private static final String BULK = "hws-bulk-" + SUFFIX + "-";
    static final String ESSAY = "焊接前应检查坡口角度是否为六十度，清除油污和铁锈；先点焊固定，再分层满焊，每层焊完都要清渣，"
            + "最后用肉眼和渗透检测检查焊缝表面有无裂纹。焊后要及时记录焊接电流、电压和焊接速度，对不合格的焊缝做好标记并返修，"
            + "返修后重新检测，直到全部合格为止。Use MIG welding for thin plates.";
    /** The essay with other punctuation and spacing, full-width letters and one phrase changed. */
    static final String COPY = ESSAY.replace("，", ", ").replace("；", " ; ").replace("。", ". ")
            .replace("MIG", "ＭＩＧ").replace("肉眼", "目视");
    private static final String OWN = "我认为焊接最重要的是安全防护：穿戴好面罩、手套和阻燃工作服，保持通风良好，"
            + "周围不放易燃物品，并在动火前办理作业许可，作业后检查现场有无遗留火种。";
    private static long course;
    private static long offering;
    private static long classA;

    @BeforeAll
    static void anOfferingWithTwoClasses() throws Exception {
        TestKeycloak.ensureRunning();
        long school = TeachingWorld.schoolA();
        long teacher = TeachingWorld.person(TEACHER, "teacher", school);
        TeachingWorld.person(STRANGER, "teacher", TeachingWorld.schoolB());
        long library = TestResources.weldingLibraryWith(school);
        course = TeachingWorld.course(library, teacher, "HWS" + SUFFIX,
                TeachingWorld.publishedResources(TEACHER, library, "hws" + SUFFIX, 1));
        offering = TeachingWorld.offer(TEACHER, course, "雷同检测 " + SUFFIX, "CODE", false);
        classA = TeachingWorld.createClass(TEACHER, offering, "一班");
        long classB = TeachingWorld.createClass(TEACHER, offering, "二班");
        TeachingWorld.publish(TEACHER, offering);
        for (String learner : List.of(ANNA, BEN, CLAIRE)) {
            CourseFixtures.enrol(offering, classA, TeachingWorld.person(learner, "learner", school));
        }
        CourseFixtures.enrol(offering, classB, TeachingWorld.person(OTHER, "learner", school));
    }

    @AfterAll
    static void deleteWhatWasCreated() throws Exception {
        TestDatabase.update("delete from assignment where offering_id = ?", offering);
        TestDatabase.update("delete from user_account where username like ?", BULK + "%");
        TeachingWorld.forgetCourse(course);
        TeachingWorld.forget(TEACHER, STRANGER, ANNA, BEN, CLAIRE, OTHER);
    }

    @Test
    void nearIdenticalSubmissionsOfOneClassAreFlagged_unrelatedOnesAndOtherClassesAreNot() throws Exception {
        long hw = HomeworkWorld.published(TEACHER, offering, HomeworkWorld.manual(null, "焊接工艺 " + SUFFIX,
                "REFUSE", 0, "TEXT"));
        long anna = HomeworkWorld.submitted(ANNA, hw, ESSAY);
        long ben = HomeworkWorld.submitted(BEN, hw, COPY);
        HomeworkWorld.submitted(CLAIRE, hw, OWN);
        HomeworkWorld.submitted(OTHER, hw, ESSAY);

        HttpResponse<String> similar = ApiClient.as(TEACHER).get("/api/v1/assignments/" + hw + "/similarity");

        assertEquals(200, similar.statusCode(), similar.body());
        assertEquals(List.of(Long.toString(anna), Long.toString(ben)), TeachingWorld.all(similar.body(),
                "submissionId"), similar.body());
        assertEquals(List.of(ANNA, BEN), TeachingWorld.all(similar.body(), "username"), similar.body());
        int percent = Integer.parseInt(ApiClient.json(similar.body(), "percent"));
        assertTrue(percent >= 60 && percent < 100, similar.body());
    }

    @Test
    void aLearnerGets403_aTeacherOfAnotherSchool404_bothAudited_aBadId404() throws Exception {
        long hw = HomeworkWorld.published(TEACHER, offering, HomeworkWorld.manual(classA, "作业 " + SUFFIX,
                "REFUSE", 0, "TEXT"));
        HomeworkWorld.submitted(ANNA, hw, ESSAY);
        HomeworkWorld.submitted(BEN, hw, ESSAY);

        HttpResponse<String> learner = ApiClient.as(ANNA).get("/api/v1/assignments/" + hw + "/similarity");
        HttpResponse<String> stranger = ApiClient.as(STRANGER).get("/api/v1/assignments/" + hw + "/similarity");
        HttpResponse<String> bad = ApiClient.as(TEACHER).get("/api/v1/assignments/abc/similarity");

        assertEquals(403, learner.statusCode(), learner.body());
        assertEquals(404, stranger.statusCode(), stranger.body());
        assertEquals(404, bad.statusCode(), bad.body());
        assertEquals(1, denials(ANNA, hw));
        assertEquals(1, denials(STRANGER, hw));
        assertTrue(ApiClient.as(TEACHER).get("/api/v1/assignments/" + hw + "/similarity").body().contains(ANNA));
    }

    @Test
    void twoHundredSubmissionsOfOneClass_answerWithinSeconds() throws Exception {
        long hw = HomeworkWorld.published(TEACHER, offering, HomeworkWorld.manual(classA, "大班作业 " + SUFFIX,
                "REFUSE", 0, "TEXT"));
        TestDatabase.update("insert into user_account (id, username, display_name, status, created_at, version)"
                + " select nextval('user_account_seq'), ? || n, '批量' || n, 'ACTIVE', now(), 0"
                + " from generate_series(1, 200) n", BULK);
        TestDatabase.update("insert into assignment_submission (id, assignment_id, learner_id, text, submitted_at,"
                + " late, resubmissions, overridden, version) select nextval('assignment_submission_seq'), ?, u.id,"
                + " case when u.username in (?, ?) then ? else (select string_agg(chr(19968 + floor(random() * 3000)"
                + "::int), '') from generate_series(1, 1500 + 0 * u.id)) end, now(), false, 0, false, 0"
                + " from user_account u where u.username like ?", hw, BULK + 1, BULK + 2, ESSAY, BULK + "%");
        assertEquals(200, TestDatabase.queryLong("select count(*) from assignment_submission where assignment_id = ?",
                hw));

        long start = System.nanoTime();
        HttpResponse<String> similar = ApiClient.as(TEACHER).get("/api/v1/assignments/" + hw + "/similarity");
        long millis = (System.nanoTime() - start) / 1_000_000;

        LOG.info("similarity of 200 submissions (1500 characters each) answered in " + millis + " ms");
        assertEquals(200, similar.statusCode(), similar.body());
        assertEquals(List.of(BULK + 1, BULK + 2), TeachingWorld.all(similar.body(), "username").stream().sorted()
                .toList(), similar.body());
        assertTrue(millis < 5000, millis + " ms");
    }

    private static long denials(String actor, long hw) throws SQLException {
        return TestDatabase.queryLong("select count(*) from audit_record where actor = ? and action ="
                + " 'ASSIGNMENT_SIMILARITY_READ' and outcome = 'DENIED' and target = ?", actor, "assignment:" + hw);
    }
}
