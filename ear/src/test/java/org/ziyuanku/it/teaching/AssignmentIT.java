package org.ziyuanku.it.teaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.ziyuanku.it.support.CrossSiteApi;
import org.ziyuanku.it.support.TestDatabase;
import org.ziyuanku.it.support.TestKeycloak;
import org.ziyuanku.it.support.TestResources;

/**
 * Homework (作业) through the REST API: learners submit, resubmit until the due time and then only late per the
 * policy; two teachers grading the same submission at once: the second, on a stale version, is refused with a message
 * and the first grade and comment stay; a blocked word and an executable disguised as a PDF are refused and store
 * nothing; a learner of another class gets 404, a learner on staff steps 403, a teacher of the same school outside the
 * offering 404; bad bodies 400 in the caller's language; the teacher's and a learner's cookie from another site are
 * refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AssignmentIT {

    private static final String SUFFIX = Long.toString(System.currentTimeMillis() % 100_000);
    private static final String TEACHER = "hw-teacher-" + SUFFIX;
    private static final String COTEACHER = "hw-coteacher-" + SUFFIX;
    private static final String OUTSIDER = "hw-outsider-" + SUFFIX;
    private static final String ANNA = "hw-anna-" + SUFFIX;
    private static final String BEN = "hw-ben-" + SUFFIX;
    private static final String CLAIRE = "hw-claire-" + SUFFIX;
    private static final String OTHER = "hw-other-" + SUFFIX;
    private static final String BLOCKED = "作业禁词" + SUFFIX;
    private static long course;
    private static long offering;
    private static long classA;
    private static long word;

    @BeforeAll
    static void anOfferingWithTwoClasses() throws Exception {
        TestKeycloak.ensureRunning();
        long school = TeachingWorld.schoolA();
        long teacher = TeachingWorld.person(TEACHER, "teacher", school);
        TeachingWorld.person(COTEACHER, "teacher", school);
        TeachingWorld.person(OUTSIDER, "teacher", school);
        long anna = TeachingWorld.person(ANNA, "learner", school);
        long ben = TeachingWorld.person(BEN, "learner", school);
        long claire = TeachingWorld.person(CLAIRE, "learner", school);
        long other = TeachingWorld.person(OTHER, "learner", school);
        long library = TestResources.weldingLibraryWith(school);
        course = TeachingWorld.course(library, teacher, "HW" + SUFFIX,
                TeachingWorld.publishedResources(TEACHER, library, "hw" + SUFFIX, 1));
        offering = TeachingWorld.offer(TEACHER, course, "焊接作业 " + SUFFIX, "CODE", false);
        classA = TeachingWorld.createClass(TEACHER, offering, "一班");
        long classB = TeachingWorld.createClass(TEACHER, offering, "二班");
        TeachingWorld.addStaff(TEACHER, classA, COTEACHER, "TEACHER");
        TeachingWorld.publish(TEACHER, offering);
        CourseFixtures.enrol(offering, classA, anna);
        CourseFixtures.enrol(offering, classA, ben);
        CourseFixtures.enrol(offering, classA, claire);
        CourseFixtures.enrol(offering, classB, other);
        word = TestDatabase.queryLong("select nextval('sensitive_word_seq')");
        TestDatabase.update("insert into sensitive_word (id, word, category, severity, created_by, created_at,"
                + " updated_at) values (?, ?, 'OTHER', 'BLOCK', 'it', now(), now())", word, BLOCKED);
    }

    @AfterAll
    static void deleteWhatWasCreated() throws Exception {
        TestDatabase.update("delete from sensitive_word where id = ?", word);
        TestDatabase.update("delete from assignment where offering_id = ?", offering);
        TeachingWorld.forgetCourse(course);
        TeachingWorld.forget(TEACHER, COTEACHER, OUTSIDER, ANNA, BEN, CLAIRE, OTHER);
    }

    @Test
    void learnersResubmitUntilTheDueTime_thenOnlyALateFirstSubmission_withThePenalty() throws Exception {
        long hw = HomeworkWorld.published(TEACHER, offering, HomeworkWorld.manual(classA, "实训报告", "ACCEPT_WITH_PENALTY",
                20, "TEXT"));
        assertFalse(TestDatabase.queryString("select instructions from assignment where id = ?", hw).contains("script"));
        long first = HomeworkWorld.submitted(ANNA, hw, "第一稿");
        HttpResponse<String> again = HomeworkWorld.submit(ANNA, hw, "第二稿");
        assertEquals(200, again.statusCode(), again.body());
        assertEquals("1", ApiClient.json(again.body(), "resubmissions"));
        assertEquals("第二稿", TestDatabase.queryString("select text from assignment_submission where id = ?", first));

        HomeworkWorld.pastDue(hw);
        HttpResponse<String> tooLate = HomeworkWorld.submit(ANNA, hw, "第三稿");
        HttpResponse<String> late = HomeworkWorld.submit(BEN, hw, "迟交的报告");

        assertEquals(409, tooLate.statusCode(), tooLate.body());
        assertEquals("该作业已过截止时间，不再接受提交。", ApiClient.json(tooLate.body(), "message"));
        assertEquals("第二稿", TestDatabase.queryString("select text from assignment_submission where id = ?", first));
        assertEquals(200, late.statusCode(), late.body());
        assertEquals("true", ApiClient.json(late.body(), "late"));
        long benSubmission = Long.parseLong(ApiClient.json(late.body(), "id"));
        assertEquals("true", TestDatabase.queryString("select late::text from assignment_submission where id = ?",
                benSubmission));
        HttpResponse<String> graded = ApiClient.as(TEACHER).postJson("/api/v1/submissions/" + benSubmission
                + "/grade", "{\"score\":10,\"comment\":\"内容完整\",\"version\":" + HomeworkWorld.version(benSubmission)
                + "}");
        assertEquals(200, graded.statusCode(), graded.body());
        assertEquals("8.00", TestDatabase.queryString("select final_score::text from assignment_submission"
                + " where id = ?", benSubmission));
    }

    @Test
    void twoTeachersGradingAtOnce_theStaleSecondIsRefusedWithAMessage_andTheFirstGradeAndCommentStay()
            throws Exception {
        long hw = HomeworkWorld.published(TEACHER, offering, HomeworkWorld.manual(classA, "焊缝分析", "REFUSE", 0,
                "TEXT"));
        long submission = HomeworkWorld.submitted(CLAIRE, hw, "焊缝分析报告");
        HttpResponse<String> list = ApiClient.as(COTEACHER).get("/api/v1/assignments/" + hw + "/submissions");
        assertEquals(200, list.statusCode(), list.body());
        String seen = ApiClient.json(list.body(), "version");

        HttpResponse<String> firstGrade = ApiClient.as(TEACHER).postJson("/api/v1/submissions/" + submission
                + "/grade", "{\"score\":8.5,\"comment\":\"思路清晰\",\"version\":" + seen + "}");
        HttpResponse<String> stale = ApiClient.as(COTEACHER).postJson("/api/v1/submissions/" + submission
                + "/grade", "{\"score\":6,\"comment\":\"格式欠佳\",\"version\":" + seen + "}");
        HttpResponse<String> staleEn = ApiClient.as(COTEACHER).inLanguage("en").postJson("/api/v1/submissions/"
                + submission + "/grade", "{\"score\":6,\"comment\":\"格式欠佳\",\"version\":" + seen + "}");

        assertEquals(200, firstGrade.statusCode(), firstGrade.body());
        assertEquals(409, stale.statusCode(), stale.body());
        assertEquals("在您打开后，其他教师已批改该作业（或学生已重新提交），当前分数：8.50。您的批改未保存，对方的评语已保留；请刷新后重新批改。",
                ApiClient.json(stale.body(), "message"));
        assertTrue(ApiClient.json(staleEn.body(), "message").startsWith("Another teacher graded this submission"),
                staleEn.body());
        assertEquals("8.50", TestDatabase.queryString("select teacher_score::text from assignment_submission"
                + " where id = ?", submission));
        assertEquals("思路清晰", TestDatabase.queryString("select teacher_comment from assignment_submission"
                + " where id = ?", submission));

        HttpResponse<String> reloaded = ApiClient.as(COTEACHER).postJson("/api/v1/submissions/" + submission
                + "/grade", "{\"score\":7,\"comment\":\"思路清晰；格式欠佳\",\"version\":"
                + HomeworkWorld.version(submission) + "}");
        assertEquals(200, reloaded.statusCode(), reloaded.body());
        assertEquals("思路清晰；格式欠佳", TestDatabase.queryString("select teacher_comment from assignment_submission"
                + " where id = ?", submission));
    }

    @Test
    void aBlockedWord_andAnExecutableDisguisedAsAPdf_areRefused_storingNothing() throws Exception {
        long hw = HomeworkWorld.published(TEACHER, offering, HomeworkWorld.manual(classA, "图纸提交", "REFUSE", 0,
                "BOTH"));
        HttpResponse<String> blocked = HomeworkWorld.submit(ANNA, hw, "我的答案含" + BLOCKED);
        HttpResponse<String> disguised = ApiClient.as(ANNA).upload("/api/v1/assignments/" + hw + "/submissions",
                "图纸.pdf", elf(), Map.of("text", "附件是图纸"));

        assertEquals(400, blocked.statusCode(), blocked.body());
        assertTrue(ApiClient.json(blocked.body(), "message").contains(BLOCKED), blocked.body());
        assertEquals(415, disguised.statusCode(), disguised.body());
        assertTrue(ApiClient.json(disguised.body(), "message").contains("可执行程序"), disguised.body());
        assertEquals(0, TestDatabase.queryLong("select count(*) from assignment_submission where assignment_id = ?",
                hw));

        HttpResponse<String> pdf = ApiClient.as(ANNA).upload("/api/v1/assignments/" + hw + "/submissions",
                "图纸.pdf", TestResources.sample("sample.pdf"), Map.of("text", "附件是图纸"));
        assertEquals(200, pdf.statusCode(), pdf.body());
        assertEquals("application/pdf", TestDatabase.queryString("select f.media_type from assignment_submission_file f"
                + " join assignment_submission s on s.id = f.submission_id where s.assignment_id = ?", hw));
    }

    @Test
    void anotherClassesLearner_gets404_aLearnerOnStaffSteps403_anOutsideTeacher404_andNothingChanges()
            throws Exception {
        long hw = HomeworkWorld.published(TEACHER, offering, HomeworkWorld.manual(classA, "一班作业", "REFUSE", 0,
                "TEXT"));
        long submission = HomeworkWorld.submitted(BEN, hw, "一班的答案");
        String grade = "{\"score\":1,\"comment\":\"冒充\",\"version\":0}";

        assertEquals(404, ApiClient.as(OTHER).get("/api/v1/assignments/" + hw).statusCode());
        assertEquals(404, HomeworkWorld.submit(OTHER, hw, "二班插入").statusCode());
        assertEquals(404, ApiClient.as(OTHER).get("/api/v1/assignments/" + hw + "/submissions").statusCode());
        assertEquals(404, ApiClient.as(OTHER).get("/api/v1/assignments/" + hw + "/my-submission").statusCode());
        assertEquals(404, ApiClient.as(OTHER).postJson("/api/v1/submissions/" + submission + "/grade", grade)
                .statusCode());
        assertEquals(403, ApiClient.as(ANNA).get("/api/v1/assignments/" + hw + "/submissions").statusCode());
        assertEquals(403, ApiClient.as(ANNA).postJson("/api/v1/submissions/" + submission + "/grade", grade)
                .statusCode());
        assertEquals(403, ApiClient.as(ANNA).post("/api/v1/assignments/" + hw + "/publish").statusCode());
        assertEquals(403, ApiClient.as(ANNA).postJson("/api/v1/offerings/" + offering + "/assignments",
                HomeworkWorld.manual(classA, "学生布置", "REFUSE", 0, "TEXT")).statusCode());
        assertEquals(404, ApiClient.as(OUTSIDER).postJson("/api/v1/submissions/" + submission + "/grade", grade)
                .statusCode());
        assertEquals(404, ApiClient.as(OUTSIDER).postJson("/api/v1/offerings/" + offering + "/assignments",
                HomeworkWorld.manual(null, "外人布置", "REFUSE", 0, "TEXT")).statusCode());

        assertEquals(1, TestDatabase.queryLong("select count(*) from assignment_submission where assignment_id = ?",
                hw));
        assertEquals(0, TestDatabase.queryLong("select count(*) from assignment_submission where assignment_id = ?"
                + " and teacher_score is not null", hw));
        assertEquals(0, TestDatabase.queryLong("select count(*) from assignment where offering_id = ? and title in"
                + " ('学生布置', '外人布置')", offering));
        assertEquals(1, denials(OTHER, "ASSIGNMENT_GRADE"));
        assertEquals(1, denials(ANNA, "ASSIGNMENT_GRADE"));
        assertEquals(1, denials(OUTSIDER, "ASSIGNMENT_CREATE"));
    }

    @Test
    void badBodies_are400InTheCallersLanguage() throws Exception {
        long hw = HomeworkWorld.published(TEACHER, offering, HomeworkWorld.manual(classA, "格式检查", "REFUSE", 0,
                "TEXT"));
        long submission = HomeworkWorld.submitted(CLAIRE, hw, "答案");
        String path = "/api/v1/offerings/" + offering + "/assignments";
        HttpResponse<String> zh = ApiClient.as(TEACHER).postJson(path, "{\"title\":");
        HttpResponse<String> en = ApiClient.as(TEACHER).inLanguage("en").postJson(path, "{\"title\":");
        HttpResponse<String> window = ApiClient.as(TEACHER).postJson(path, "{\"title\":\"无期限\",\"maxPoints\":10}");
        HttpResponse<String> tooHigh = ApiClient.as(TEACHER).inLanguage("en").postJson("/api/v1/submissions/"
                + submission + "/grade", "{\"score\":11,\"version\":0}");
        HttpResponse<String> garbled = ApiClient.as(CLAIRE).postJson("/api/v1/assignments/" + hw + "/submissions",
                "{\"text\":[");

        for (HttpResponse<String> r : List.of(zh, en, window, tooHigh, garbled)) {
            assertEquals(400, r.statusCode(), r.body());
        }
        assertTrue(ApiClient.json(zh.body(), "message").codePoints().anyMatch(c -> c > 0x4e00), zh.body());
        assertFalse(ApiClient.json(en.body(), "message").codePoints().anyMatch(c -> c > 0x4e00), en.body());
        assertEquals("请填写作业的开始时间和截止时间，截止时间须晚于开始时间。", ApiClient.json(window.body(), "message"));
        assertEquals("The score must be from 0 to 10, with at most two decimals.",
                ApiClient.json(tooHigh.body(), "message"));
        assertEquals("答案", TestDatabase.queryString("select text from assignment_submission where id = ?", submission));
        assertEquals(0, TestDatabase.queryLong("select count(*) from assignment where offering_id = ? and title ="
                + " '无期限'", offering));
    }

    @Test
    void theTeachersAndALearnersCookie_fromAnotherSite_areRefused_andChangeNothing() throws Exception {
        long hw = HomeworkWorld.published(TEACHER, offering, HomeworkWorld.manual(classA, "跨站检查", "REFUSE", 0,
                "TEXT"));
        long submission = HomeworkWorld.submitted(BEN, hw, "原文");
        long before = TestDatabase.queryLong("select count(*) from assignment where offering_id = ?", offering);
        CrossSiteApi teacher = CrossSiteApi.victim(TEACHER);
        teacher.assertLive();
        CrossSiteApi learner = CrossSiteApi.victim(BEN);
        learner.assertLive();

        CrossSiteApi.assertRefused(teacher.send("POST", "/api/v1/offerings/" + offering + "/assignments",
                HomeworkWorld.manual(classA, "跨站布置", "REFUSE", 0, "TEXT")));
        CrossSiteApi.assertRefused(teacher.send("POST", "/api/v1/submissions/" + submission + "/grade",
                "{\"score\":0,\"comment\":\"跨站\",\"version\":" + HomeworkWorld.version(submission) + "}"));
        CrossSiteApi.assertRefused(learner.send("POST", "/api/v1/assignments/" + hw + "/submissions",
                "{\"text\":\"跨站改写\"}"));

        assertEquals(before, TestDatabase.queryLong("select count(*) from assignment where offering_id = ?", offering));
        assertEquals("原文", TestDatabase.queryString("select text from assignment_submission where id = ?", submission));
        assertEquals(0, TestDatabase.queryLong("select count(*) from assignment_submission where id = ? and"
                + " teacher_score is not null", submission));
    }

    private static long denials(String actor, String action) throws SQLException {
        return TestDatabase.queryLong("select count(*) from audit_record where actor = ? and action = ?"
                + " and outcome = 'DENIED'", actor, action);
    }

    /** A 64-byte ELF header (x86-64 executable) padded to 4 KB. */
    private static byte[] elf() {
        byte[] elf = new byte[4096];
        byte[] header = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0, 1, 0, 0, 0};
        System.arraycopy(header, 0, elf, 0, header.length);
        java.util.Arrays.fill(elf, 64, elf.length, (byte) 0x90);
        return elf;
    }
}
