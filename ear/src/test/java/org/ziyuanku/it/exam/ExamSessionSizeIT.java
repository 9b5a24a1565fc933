package org.ziyuanku.it.exam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.logging.Logger;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ziyuanku.it.Deployments;
import org.ziyuanku.it.pages.ExamPages;
import org.ziyuanku.it.support.ApiClient;
import org.ziyuanku.it.support.BrowserTest;
import org.ziyuanku.it.support.CourseFixtures;
import org.ziyuanku.it.support.SessionSize;
import org.ziyuanku.it.support.TestAccounts;
import org.ziyuanku.it.support.TestDatabase;
import org.ziyuanku.it.support.TestKeycloak;
import org.ziyuanku.it.support.TestResources;

/**
 * What the view-scoped pages cost in the session (issue 12 item 6; the goal of 8 KB a learner, SessionSizeIT): a
 * learner opens the course page (request-scoped: the baseline), then the exam list and, through its start button,
 * the exam page (both view-scoped: each keeps its view map in the session); a teacher opens the console home (the
 * baseline), then the offering and its exams page with an exam shown. Each figure is logged (docs/capacity.md quotes
 * them). Such pages do not keep the learner within the goal (measured 2026-12-07: the exam list adds 5,020 bytes, the
 * teacher's three pages 26,846): the bounds here are those figures with some room, so that a page growing further
 * fails.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExamSessionSizeIT extends BrowserTest {

    private static final Logger LOG = Logger.getLogger(ExamSessionSizeIT.class.getName());
    /** What the learner's exam list may add: its view's state, its view map and view context (5,020 measured). */
    private static final long LEARNER_VIEW_BYTES = 6 * 1024;
    /** What the teacher's offering page and two exams pages may add (26,846 measured). */
    private static final long TEACHER_VIEWS_BYTES = 32 * 1024;
    private static final String SUFFIX = "ss" + System.currentTimeMillis() % 100_000;
    private static final String TEACHER = "exam-size-t-" + SUFFIX;
    private static final String LEARNER = "exam-size-l-" + SUFFIX;
    private static final String TITLE = "测验" + SUFFIX;
    private static long offering;

    @BeforeAll
    static void publishedExam() throws Exception {
        long library = TestResources.contributor(TEACHER);
        long teacherId = TestDatabase.queryLong("select id from user_account where username = ?", TEACHER);
        offering = CourseFixtures.publishedOffering(CourseFixtures.publishedCourse(library, teacherId, "ES" + SUFFIX),
                teacherId, "2026-2027-1");
        long courseClass = CourseFixtures.courseClass(offering, "容量班" + SUFFIX, teacherId);
        TestKeycloak.createUser(LEARNER, "learner");
        CourseFixtures.enrol(offering, courseClass, TestAccounts.account(LEARNER, TestAccounts.organisation(
                TestResources.DEMO_SCHOOL)));
        ApiClient teacher = ApiClient.as(TEACHER);
        String question = created(teacher.postJson("/api/v1/questions", "{\"libraryId\":" + library + ",\"type\":"
                + "\"SINGLE_CHOICE\",\"stem\":\"焊条直径" + SUFFIX + "\",\"options\":[\"2.5\",\"3.2\"],\"key\":"
                + "{\"correct\":[1]},\"points\":1}"));
        String paper = created(teacher.postJson("/api/v1/papers", "{\"libraryId\":" + library + ",\"title\":\"容量卷"
                + SUFFIX + "\",\"kind\":\"FIXED\",\"questions\":[{\"questionId\":" + question + "}]}"));
        LocalDateTime now = LocalDateTime.now().withNano(0);
        String exam = created(teacher.postJson("/api/v1/exams", "{\"paperId\":" + paper + ",\"offeringId\":" + offering
                + ",\"classId\":" + courseClass + ",\"title\":\"" + TITLE + "\",\"opensAt\":\"" + now.minusMinutes(1)
                + "\",\"closesAt\":\"" + now.plusHours(1) + "\",\"durationMinutes\":30}"));
        assertEquals(200, teacher.post("/api/v1/exams/" + exam + "/publish").statusCode());
    }

    @AfterAll
    static void forget() throws Exception {
        TestDatabase.update("delete from exam where offering_id = ?", offering);
    }

    @Test
    void learnerOnTheExamListAndAnExam_theListAddsNoMoreThanMeasured() {
        signInAfresh(LEARNER);
        driver.get(Deployments.BASE_URL + "/console/learning/course.xhtml?offering=" + offering);
        SessionSize course = SessionSize.of(driver);
        ExamPages pages = new ExamPages(driver, Deployments.BASE_URL);
        pages.openLearnerExams(offering);
        SessionSize list = SessionSize.of(driver);
        pages.startFromCourse(offering, TITLE);
        SessionSize exam = SessionSize.of(driver);

        report("learner", course, list, exam);
        assertTrue(list.bytes() - course.bytes() <= LEARNER_VIEW_BYTES, "the exam list adds " + (list.bytes()
                - course.bytes()) + " bytes: " + list.answer());
    }

    @Test
    void teacherOnTheExamsPage_addsNoMoreThanMeasured() {
        signInAfresh(TEACHER);
        SessionSize home = SessionSize.of(driver);
        ExamPages pages = new ExamPages(driver, Deployments.BASE_URL).openTeacherExams(offering);
        pages.show(TITLE);
        SessionSize exams = SessionSize.of(driver);

        report("teacher", home, exams);
        assertTrue(exams.bytes() - home.bytes() <= TEACHER_VIEWS_BYTES, "the offering and exams pages add "
                + (exams.bytes() - home.bytes()) + " bytes: " + exams.answer());
    }

    private static void report(String who, SessionSize... steps) {
        StringBuilder figures = new StringBuilder();
        for (SessionSize step : steps) {
            figures.append(' ').append(step.bytes()).append(" (platform ").append(step.platform()).append(')');
            assertTrue(step.bytes() > 0, step.answer());
        }
        LOG.info(() -> "Session of the " + who + ", step by step, in bytes:" + figures + "; the last: "
                + steps[steps.length - 1].answer());
    }

    private static String created(HttpResponse<String> response) {
        assertEquals(201, response.statusCode(), response.body());
        return ApiClient.json(response.body(), "id");
    }
}
