package org.ziyuanku.it.teaching;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.ziyuanku.it.support.CrossSiteApi;
import org.ziyuanku.it.support.TestDatabase;
import org.ziyuanku.it.support.TestKeycloak;
import org.ziyuanku.it.support.TestResources;

/**
 * Grading through the REST API. The teacher's annotated file (批改附件): uploaded by the teacher, checked like a
 * submission file (an executable disguised as a PDF 415, a nameless file 400, a learner uploading 403, a teacher of
 * no class of it 404, a cross-site upload refused), downloaded byte for byte by the learner and the teacher, 404 for a
 * classmate, a learner of another class and an outside teacher (each audited DENIED). Group-work gaps: the learner's
 * my-submission shows their own adjusted score beside the group's; the staff list names the group; a learner moved
 * to another group after the submission keeps its score (my-submission and gradebook); a group homework switched to
 * peer grading is 409 with the reason.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GradingIT {

    private static final String SUFFIX = Long.toString(System.currentTimeMillis() % 100_000);
    private static final String TEACHER = "gr-teacher-" + SUFFIX;
    private static final String OUTSIDER = "gr-outsider-" + SUFFIX;
    private static final String AUTHOR = "gr-author-" + SUFFIX;
    private static final String MATE = "gr-mate-" + SUFFIX;
    private static final String CLAIRE = "gr-claire-" + SUFFIX;
    private static final String OTHER = "gr-other-" + SUFFIX;
    private static final byte[] PDF = TestResources.sample("sample.pdf");
    private static long course;
    private static long offering;
    private static long classA;
    private static long mate;
    private static long claire;
    private static long author;

    @BeforeAll
    static void anOfferingWithTwoClasses() throws Exception {
        TestKeycloak.ensureRunning();
        long school = TeachingWorld.schoolA();
        long teacher = TeachingWorld.person(TEACHER, "teacher", school);
        TeachingWorld.person(OUTSIDER, "teacher", school);
        long library = TestResources.weldingLibraryWith(school);
        course = TeachingWorld.course(library, teacher, "GR" + SUFFIX,
                TeachingWorld.publishedResources(TEACHER, library, "gr" + SUFFIX, 1));
        offering = TeachingWorld.offer(TEACHER, course, "焊接批改 " + SUFFIX, "CODE", false);
        classA = TeachingWorld.createClass(TEACHER, offering, "一班");
        long classB = TeachingWorld.createClass(TEACHER, offering, "二班");
        TeachingWorld.publish(TEACHER, offering);
        author = learner(AUTHOR, school, classA);
        mate = learner(MATE, school, classA);
        claire = learner(CLAIRE, school, classA);
        learner(OTHER, school, classB);
    }

    private static long learner(String username, long school, long courseClass) throws SQLException {
        long id = TeachingWorld.person(username, "learner", school);
        CourseFixtures.enrol(offering, courseClass, id);
        return id;
    }

    @AfterAll
    static void deleteWhatWasCreated() throws Exception {
        TestDatabase.update("delete from assignment where offering_id = ?", offering);
        TestDatabase.update("delete from class_group where class_id in (select id from course_class"
                + " where offering_id = ?)", offering);
        TeachingWorld.forgetCourse(course);
        TeachingWorld.forget(TEACHER, OUTSIDER, AUTHOR, MATE, CLAIRE, OTHER);
    }

    @Test
    void theAnnotatedFile_goesToTheLearnerAndTeacher_only_andIsCheckedLikeASubmissionFile() throws Exception {
        long hw = HomeworkWorld.published(TEACHER, offering, HomeworkWorld.manual(classA, "批改稿", "REFUSE", 0,
                "TEXT"));
        long submission = HomeworkWorld.submitted(AUTHOR, hw, "我的实训报告");
        String upload = "/api/v1/submissions/" + submission + "/annotated";

        HttpResponse<String> annotated = ApiClient.as(TEACHER).upload(upload, "批改稿.pdf", PDF, Map.of());
        assertEquals(200, annotated.statusCode(), annotated.body());
        assertEquals("application/pdf", ApiClient.json(annotated.body(), "mediaType"));
        HttpResponse<String> mine = ApiClient.as(AUTHOR).get("/api/v1/assignments/" + hw + "/my-submission");
        assertEquals("批改稿.pdf", ApiClient.json(mine.body(), "filename"), mine.body());
        for (String allowed : List.of(AUTHOR, TEACHER)) {
            HttpResponse<byte[]> got = ApiClient.as(allowed).getBytes(upload);
            assertEquals(200, got.statusCode(), allowed);
            assertArrayEquals(PDF, got.body(), allowed);
            assertTrue(got.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"));
        }
        String target = "submission:" + submission;
        long before = denials("SUBMISSION_ANNOTATION_READ", target);
        for (String stranger : List.of(MATE, OTHER, OUTSIDER)) {
            assertEquals(404, ApiClient.as(stranger).getBytes(upload).statusCode(), stranger);
        }
        assertEquals(before + 3, denials("SUBMISSION_ANNOTATION_READ", target));
        assertEquals(404, ApiClient.as(AUTHOR).getBytes("/api/v1/submissions/x/annotated").statusCode());
        refusedUploads(upload, target);
        assertEquals(TestDatabase.queryString("select blob_sha256 from submission_annotation where submission_id = ?",
                submission), ApiClient.json(annotated.body(), "sha256"), "the refused uploads changed nothing");
    }

    private static void refusedUploads(String upload, String target) throws SQLException {
        long before = denials("SUBMISSION_ANNOTATE", target);
        assertEquals(403, ApiClient.as(AUTHOR).upload(upload, "自批.pdf", PDF, Map.of()).statusCode());
        assertEquals(404, ApiClient.as(OUTSIDER).upload(upload, "外人.pdf", PDF, Map.of()).statusCode());
        assertEquals(before + 2, denials("SUBMISSION_ANNOTATE", target));
        HttpResponse<String> disguised = ApiClient.as(TEACHER).upload(upload, "批改稿.pdf", elf(), Map.of());
        assertEquals(415, disguised.statusCode(), disguised.body());
        assertTrue(ApiClient.json(disguised.body(), "message").contains("可执行程序"), disguised.body());
        HttpResponse<String> nameless = ApiClient.as(TEACHER).upload(upload, "", PDF, Map.of());
        assertEquals(400, nameless.statusCode(), nameless.body());
        HttpResponse<String> noFile = ApiClient.as(TEACHER).postJson(upload, "{}");
        assertEquals(415, noFile.statusCode(), "JSON is not a file upload");
        CrossSiteApi forger = CrossSiteApi.victim(TEACHER);
        forger.assertLive();
        CrossSiteApi.assertRefused(forger.send("POST", upload, null));
    }

    @Test
    void aGroupMember_seesTheirOwnScore_keepsItWhenMoved_andTheStaffListNamesTheGroup() throws Exception {
        long first = createGroup("甲组" + SUFFIX);
        long second = createGroup("乙组" + SUFFIX);
        add(first, author);
        add(first, mate);
        add(second, claire);
        long hw = HomeworkWorld.published(TEACHER, offering, HomeworkWorld.manual(classA, "小组批改", "REFUSE", 0,
                "TEXT"));
        assertEquals(200, ApiClient.as(TEACHER).putJson("/api/v1/assignments/" + hw + "/group-work", "{\"on\":true}")
                .statusCode());
        long submission = HomeworkWorld.submitted(AUTHOR, hw, "甲组报告");
        HomeworkWorld.submitted(CLAIRE, hw, "乙组报告");
        assertEquals(200, ApiClient.as(TEACHER).postJson("/api/v1/submissions/" + submission + "/grade",
                "{\"score\":8,\"version\":" + HomeworkWorld.version(submission) + "}").statusCode());
        assertEquals(200, ApiClient.as(TEACHER).postJson("/api/v1/submissions/" + submission + "/adjustments",
                "{\"learnerId\":" + mate + ",\"points\":-2,\"reason\":\"贡献较少\"}").statusCode());

        HttpResponse<String> mates = ApiClient.as(MATE).get("/api/v1/assignments/" + hw + "/my-submission");
        assertNumber("6", ApiClient.json(mates.body(), "finalScore"));
        assertNumber("8", ApiClient.json(mates.body(), "groupScore"));
        assertEquals("甲组" + SUFFIX, ApiClient.json(mates.body(), "groupName"), mates.body());
        HttpResponse<String> list = ApiClient.as(TEACHER).get("/api/v1/assignments/" + hw + "/submissions");
        assertTrue(list.body().contains("\"groupName\":\"甲组" + SUFFIX + "\""), list.body());
        assertTrue(list.body().contains("\"groupName\":\"乙组" + SUFFIX + "\""), list.body());

        add(second, mate);
        HttpResponse<String> moved = ApiClient.as(MATE).get("/api/v1/assignments/" + hw + "/my-submission");
        assertEquals(Long.toString(submission), ApiClient.json(moved.body(), "id"), moved.body());
        assertNumber("6", ApiClient.json(moved.body(), "finalScore"));
        HomeworkWorld.pastDue(hw);
        assertEquals(6.0, homeworkScore(MATE), "the gradebook keeps the moved learner's score");
        HttpResponse<String> members = ApiClient.as(TEACHER).get("/api/v1/submissions/" + submission + "/members");
        assertTrue(members.body().contains(MATE), members.body());
        peerIsRefusedForGroupWork(hw);
    }

    private static void peerIsRefusedForGroupWork(long hw) {
        HttpResponse<String> peer = ApiClient.as(TEACHER).putJson("/api/v1/assignments/" + hw,
                HomeworkWorld.peer(classA, "小组批改", 2, 0));
        assertEquals(409, peer.statusCode(), peer.body());
        assertEquals("这是小组作业：小组作品只评一次分，不能改为学生互评。", ApiClient.json(peer.body(), "message"));
        assertEquals(403, ApiClient.as(AUTHOR).putJson("/api/v1/assignments/" + hw,
                HomeworkWorld.manual(classA, "学生改", "REFUSE", 0, "TEXT")).statusCode());
        assertEquals(400, ApiClient.as(TEACHER).putJson("/api/v1/assignments/" + hw, "{\"title\":").statusCode());
    }

    private static long createGroup(String name) throws SQLException {
        HttpResponse<String> created = ApiClient.as(TEACHER).postJson("/api/v1/classes/" + classA + "/groups",
                "{\"name\":\"" + name + "\"}");
        assertEquals(201, created.statusCode(), created.body());
        return TestDatabase.queryLong("select id from class_group where class_id = ? and name = ?", classA, name);
    }

    private static void add(long group, long learner) {
        HttpResponse<String> added = ApiClient.as(TEACHER).postJson("/api/v1/groups/" + group + "/members",
                "{\"learnerId\":" + learner + "}");
        assertEquals(204, added.statusCode(), added.body());
    }

    private static double homeworkScore(String learner) {
        HttpResponse<String> mine = ApiClient.as(learner).get("/api/v1/classes/" + classA + "/grades/me");
        assertEquals(200, mine.statusCode(), mine.body());
        return Double.parseDouble(ApiClient.json(mine.body(), "homeworkScore"));
    }

    private static void assertNumber(String expected, String actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(new BigDecimal(actual)), actual);
    }

    private static long denials(String action, String target) throws SQLException {
        return TestDatabase.queryLong("select count(*) from audit_record where action = ? and outcome = 'DENIED'"
                + " and target = ?", action, target);
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
