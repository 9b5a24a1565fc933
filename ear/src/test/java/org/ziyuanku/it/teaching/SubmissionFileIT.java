package org.ziyuanku.it.teaching;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
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
 * Homework files are downloaded only by those allowed to see them: the learner who handed a PDF in and the teacher get
 * it byte for byte as an attachment under its Chinese name (RFC 5987), never sniffed or cached; a classmate who is not
 * its reviewer and a learner of another class 404 (audited DENIED); a peer reviewer only once the reviews are handed
 * out, and then under a neutral name that does not give the author away; the teacher's zip holds the file in the
 * learner's folder, a learner asking for the zip 403; a malformed id or index 404.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SubmissionFileIT {

    private static final String SUFFIX = Long.toString(System.currentTimeMillis() % 100_000);
    private static final String TEACHER = "sf-teacher-" + SUFFIX;
    private static final String AUTHOR = "sf-author-" + SUFFIX;
    private static final String PEER1 = "sf-peer1-" + SUFFIX;
    private static final String PEER2 = "sf-peer2-" + SUFFIX;
    private static final String CLASSMATE = "sf-mate-" + SUFFIX;
    private static final String OTHER = "sf-other-" + SUFFIX;
    private static final String FILENAME = "张三的实训报告 v1.pdf";
    private static final byte[] PDF = TestResources.sample("sample.pdf");
    private static long course;
    private static long offering;
    private static long classA;

    @BeforeAll
    static void anOfferingWithTwoClasses() throws Exception {
        TestKeycloak.ensureRunning();
        long school = TeachingWorld.schoolA();
        long teacher = TeachingWorld.person(TEACHER, "teacher", school);
        long library = TestResources.weldingLibraryWith(school);
        course = TeachingWorld.course(library, teacher, "SF" + SUFFIX,
                TeachingWorld.publishedResources(TEACHER, library, "sf" + SUFFIX, 1));
        offering = TeachingWorld.offer(TEACHER, course, "焊接附件 " + SUFFIX, "CODE", false);
        classA = TeachingWorld.createClass(TEACHER, offering, "一班");
        long classB = TeachingWorld.createClass(TEACHER, offering, "二班");
        TeachingWorld.publish(TEACHER, offering);
        for (String learner : List.of(AUTHOR, PEER1, PEER2, CLASSMATE)) {
            CourseFixtures.enrol(offering, classA, TeachingWorld.person(learner, "learner", school));
        }
        CourseFixtures.enrol(offering, classB, TeachingWorld.person(OTHER, "learner", school));
    }

    @AfterAll
    static void deleteWhatWasCreated() throws Exception {
        TestDatabase.update("delete from assignment where offering_id = ?", offering);
        TeachingWorld.forgetCourse(course);
        TeachingWorld.forget(TEACHER, AUTHOR, PEER1, PEER2, CLASSMATE, OTHER);
    }

    @Test
    void theAuthorAndTeacherGetThePdf_outsidersAndUnassignedPeers404_aReviewerGetsItUnderANeutralName()
            throws Exception {
        long hw = HomeworkWorld.published(TEACHER, offering, HomeworkWorld.peer(classA, "附件互评", 2, 0)
                .replace("\"submissionKinds\":\"TEXT\"", "\"submissionKinds\":\"BOTH\""));
        HttpResponse<String> handedIn = ApiClient.as(AUTHOR).upload("/api/v1/assignments/" + hw + "/submissions",
                FILENAME, PDF, Map.of("text", "报告见附件"));
        assertEquals(200, handedIn.statusCode(), handedIn.body());
        long submission = Long.parseLong(ApiClient.json(handedIn.body(), "id"));
        HomeworkWorld.submitted(PEER1, hw, "甲的答案");
        HomeworkWorld.submitted(PEER2, hw, "乙的答案");
        String file = "/api/v1/submissions/" + submission + "/files/0";

        for (String allowed : List.of(AUTHOR, TEACHER)) {
            HttpResponse<byte[]> got = ApiClient.as(allowed).getBytes(file);
            assertEquals(200, got.statusCode(), allowed);
            assertArrayEquals(PDF, got.body(), allowed);
            assertPersonalAttachment(got, FILENAME);
        }
        long deniedBefore = denials(PEER1) + denials(CLASSMATE) + denials(OTHER);
        assertEquals(404, ApiClient.as(PEER1).getBytes(file).statusCode(), "no reviews handed out yet");
        assertEquals(404, ApiClient.as(CLASSMATE).getBytes(file).statusCode());
        assertEquals(404, ApiClient.as(OTHER).getBytes(file).statusCode());
        assertEquals(deniedBefore + 3, denials(PEER1) + denials(CLASSMATE) + denials(OTHER));

        HomeworkWorld.pastDue(hw);
        assertEquals(200, ApiClient.as(TEACHER).post("/api/v1/assignments/" + hw + "/peer-reviews/assign")
                .statusCode());
        reviewerGetsItUnderANeutralName(hw, submission, file);
    }

    /** After handing out, the reviewer gets the file (both ways) under 作业附件-1.pdf; a non-reviewer still 404. */
    private static void reviewerGetsItUnderANeutralName(long hw, long submission, String file) throws SQLException {
        HttpResponse<byte[]> reviewed = ApiClient.as(PEER1).getBytes(file);
        assertEquals(200, reviewed.statusCode());
        assertArrayEquals(PDF, reviewed.body());
        assertPersonalAttachment(reviewed, "作业附件-1.pdf");
        assertFalse(reviewed.headers().firstValue("Content-Disposition").orElse("").contains(
                URLEncoder.encode("张三", StandardCharsets.UTF_8)));

        HttpResponse<String> tasks = ApiClient.as(PEER1).get("/api/v1/my-peer-reviews?assignment=" + hw);
        assertTrue(tasks.body().contains("作业附件-1.pdf"), tasks.body());
        assertFalse(tasks.body().contains("张三"), tasks.body());
        long review = TestDatabase.queryLong("select r.id from peer_review r join user_account u on u.id = r.reviewer_id"
                + " where r.submission_id = ? and u.username = ?", submission, PEER1);
        HttpResponse<byte[]> viaTask = ApiClient.as(PEER1).getBytes("/api/v1/peer-reviews/" + review + "/files/0");
        assertEquals(200, viaTask.statusCode());
        assertArrayEquals(PDF, viaTask.body());
        assertPersonalAttachment(viaTask, "作业附件-1.pdf");
        assertEquals(404, ApiClient.as(CLASSMATE).getBytes("/api/v1/peer-reviews/" + review + "/files/0")
                .statusCode());
        assertEquals(404, ApiClient.as(CLASSMATE).getBytes(file).statusCode(), "still not a reviewer");
    }

    @Test
    void theTeachersZipHoldsEachFileInItsLearnersFolder_aLearner403_malformedIds404() throws Exception {
        long hw = HomeworkWorld.published(TEACHER, offering, HomeworkWorld.manual(classA, "附件打包", "REFUSE", 0,
                "BOTH"));
        HttpResponse<String> handedIn = ApiClient.as(AUTHOR).upload("/api/v1/assignments/" + hw + "/submissions",
                FILENAME, PDF, Map.of("text", "报告见附件"));
        assertEquals(200, handedIn.statusCode(), handedIn.body());
        long submission = Long.parseLong(ApiClient.json(handedIn.body(), "id"));
        HomeworkWorld.submitted(PEER1, hw, "只有文字");

        HttpResponse<byte[]> zip = ApiClient.as(TEACHER).getBytes("/api/v1/assignments/" + hw + "/files.zip");
        assertEquals(200, zip.statusCode());
        assertEquals("application/zip", zip.headers().firstValue("Content-Type").orElse(""));
        assertEquals("private, no-store", zip.headers().firstValue("Cache-Control").orElse(""));
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
                assertArrayEquals(PDF, in.readAllBytes(), e.getName());
            }
        }
        assertEquals(1, names.size(), names.toString());
        assertTrue(names.get(0).endsWith(" (" + AUTHOR + ")/1-" + FILENAME), names.toString());
        assertEquals(1, TestDatabase.queryLong("select count(*) from audit_record where actor = ? and action ="
                + " 'ASSIGNMENT_FILES_EXPORT' and target = ? and outcome = 'SUCCESS'", TEACHER, "assignment:" + hw));

        assertEquals(403, ApiClient.as(AUTHOR).getBytes("/api/v1/assignments/" + hw + "/files.zip").statusCode());
        assertEquals(404, ApiClient.as(OTHER).getBytes("/api/v1/assignments/" + hw + "/files.zip").statusCode());
        assertEquals(404, ApiClient.as(AUTHOR).getBytes("/api/v1/submissions/abc/files/0").statusCode());
        assertEquals(404, ApiClient.as(AUTHOR).getBytes("/api/v1/submissions/" + submission + "/files/x")
                .statusCode());
        assertEquals(404, ApiClient.as(AUTHOR).getBytes("/api/v1/submissions/" + submission + "/files/1")
                .statusCode());
        assertEquals(404, ApiClient.as(AUTHOR).getBytes("/api/v1/assignments/x/files.zip").statusCode());
    }

    private static void assertPersonalAttachment(HttpResponse<byte[]> got, String filename) {
        String disposition = got.headers().firstValue("Content-Disposition").orElse("");
        assertTrue(disposition.startsWith("attachment;"), disposition);
        assertTrue(disposition.endsWith("filename*=UTF-8''" + URLEncoder.encode(filename, StandardCharsets.UTF_8)
                .replace("+", "%20")), disposition);
        assertEquals("application/pdf", got.headers().firstValue("Content-Type").orElse(""));
        assertEquals("nosniff", got.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("private, no-store", got.headers().firstValue("Cache-Control").orElse(""));
    }

    private static long denials(String actor) throws SQLException {
        return TestDatabase.queryLong("select count(*) from audit_record where actor = ? and action ="
                + " 'SUBMISSION_FILE_READ' and outcome = 'DENIED'", actor);
    }
}
