package org.ziyuanku.it.exam;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.ziyuanku.it.support.ApiClient;
import org.ziyuanku.it.support.CourseFixtures;
import org.ziyuanku.it.support.TestAccounts;
import org.ziyuanku.it.support.TestDatabase;
import org.ziyuanku.it.support.TestKeycloak;
import org.ziyuanku.it.support.TestResources;

/**
 * A class for exam peer-grading ITs (互评): a teacher with a library, a published course, offering and class of 3
 * learners who submit and one ({@code idle}) who does not, and a fixed paper of a true/false question (2 points) and a
 * short answer (4 points). Names carry the given prefix and a per-run suffix; {@link #forget} deletes the exams.
 */
final class PeerExamWorld {

    final String suffix;
    final String teacher;
    final List<String> learners = new ArrayList<>();
    final String idle;
    final long library;
    final long offering;
    final long courseClass;
    final long paper;
    final long truth;
    final long essay;

    private PeerExamWorld(String prefix) throws Exception {
        suffix = prefix + System.currentTimeMillis() % 100_000;
        teacher = prefix + "-teacher-" + suffix;
        library = TestResources.contributor(teacher);
        long school = TestAccounts.organisation(TestResources.DEMO_SCHOOL);
        long owner = TestAccounts.account(prefix + "-owner-" + suffix, school);
        long course = CourseFixtures.publishedCourse(library, owner, prefix.toUpperCase() + suffix);
        offering = CourseFixtures.publishedOffering(course, owner, "2026-2027-1");
        courseClass = CourseFixtures.courseClass(offering, "互评班" + suffix, account(teacher));
        for (int i = 1; i <= 3; i++) {
            learners.add(learner(prefix + "-l" + i + "-" + suffix, school));
        }
        idle = learner(prefix + "-idle-" + suffix, school);
        ApiClient author = ApiClient.as(teacher);
        truth = question(author, "\"type\":\"TRUE_FALSE\",\"stem\":\"判断" + suffix + "\",\"key\":{\"truth\":true},"
                + "\"points\":2");
        essay = question(author, "\"type\":\"SHORT_ANSWER\",\"stem\":\"简述焊接裂纹" + suffix + "\",\"key\":"
                + "{\"reference\":\"参考" + suffix + "\"},\"points\":4");
        HttpResponse<String> created = author.postJson("/api/v1/papers", "{\"libraryId\":" + library + ",\"title\":"
                + "\"互评卷" + suffix + "\",\"kind\":\"FIXED\",\"questions\":[{\"questionId\":" + truth + "},"
                + "{\"questionId\":" + essay + "}]}");
        assertEquals(201, created.statusCode(), created.body());
        paper = Long.parseLong(ApiClient.json(created.body(), "id"));
    }

    /** The world, its names starting with {@code prefix} ("pg"). */
    static PeerExamWorld create(String prefix) throws Exception {
        return new PeerExamWorld(prefix);
    }

    void forget() throws Exception {
        TestDatabase.update("delete from exam where offering_id = ?", offering);
    }

    /** An exam with 2 peer reviewers, open and published, its papers drawn for every learner of the class. */
    long publishedExam(String title) throws Exception {
        ApiClient teaching = ApiClient.as(teacher);
        HttpResponse<String> created = teaching.postJson("/api/v1/exams", body(title, LocalDateTime.now(), 2));
        assertEquals(201, created.statusCode(), created.body());
        assertEquals("2", ApiClient.json(created.body(), "peerReviewers"), created.body());
        long exam = Long.parseLong(ApiClient.json(created.body(), "id"));
        assertEquals(200, teaching.post("/api/v1/exams/" + exam + "/publish").statusCode());
        long deadline = System.currentTimeMillis() + 30_000;
        while (TestDatabase.queryLong("select count(*) from exam_attempt where exam_id = ?", exam) < learners.size() + 1
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(500);
        }
        return exam;
    }

    /** An exam with 2 peer reviewers, open, taken and submitted by the 3 learners. */
    long submittedExam(String title) throws Exception {
        long exam = publishedExam(title);
        for (String learner : learners) {
            long attempt = answered(exam, learner);
            assertEquals(200, ApiClient.as(learner).post("/api/v1/attempts/" + attempt + "/submit").statusCode());
        }
        return exam;
    }

    /** The learner starts the exam and answers both questions (the essay "答案-" + name); answers the attempt. */
    long answered(long exam, String learner) {
        ApiClient one = ApiClient.as(learner);
        long attempt = ExamEndpointIT.object(one.post("/api/v1/exams/" + exam + "/attempts"), 200)
                .getJsonNumber("id").longValue();
        assertEquals(200, ExamEndpointIT.save(one, attempt, truth, "{\"truth\":true}", 1).statusCode());
        assertEquals(200, ExamEndpointIT.save(one, attempt, essay, "{\"text\":\"答案-" + learner + "\"}", 1)
                .statusCode());
        return attempt;
    }

    String body(String title, LocalDateTime opens, int peers) {
        return "{\"paperId\":" + paper + ",\"offeringId\":" + offering + ",\"classId\":" + courseClass + ",\"title\":\""
                + title + "\",\"opensAt\":\"" + opens.minusMinutes(1).withNano(0) + "\",\"closesAt\":\""
                + opens.plusHours(2).withNano(0) + "\",\"durationMinutes\":30,\"showAnswers\":\"AFTER_SUBMIT\","
                + "\"peerReviewers\":" + peers + "}";
    }

    static HttpResponse<String> grade(String reviewer, long task, String score, String comment) {
        return ApiClient.as(reviewer).postJson("/api/v1/peer-tasks/" + task, "{\"score\":" + score + ",\"comment\":\""
                + comment + "\"}");
    }

    /** The exam's tasks: id, reviewer, attempt, rank of the task within its answer (1, 2), by id. */
    static List<long[]> tasks(long exam) throws Exception {
        List<long[]> rows = new ArrayList<>();
        try (Connection c = TestDatabase.connect(); PreparedStatement s = c.prepareStatement("select id, reviewer_id,"
                + " attempt_id, row_number() over (partition by attempt_id order by id) from exam_peer_task"
                + " where exam_id = ? order by id")) {
            s.setLong(1, exam);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)});
                }
            }
        }
        return rows;
    }

    static long attemptOf(long exam, String learner) throws Exception {
        return TestDatabase.queryLong("select id from exam_attempt where exam_id = ? and learner_id = ?", exam,
                account(learner));
    }

    static String username(long id) throws Exception {
        return TestDatabase.queryString("select username from user_account where id = ?", id);
    }

    static long account(String username) throws Exception {
        return TestDatabase.queryLong("select id from user_account where username = ?", username);
    }

    private long question(ApiClient author, String json) {
        HttpResponse<String> created = author.postJson("/api/v1/questions", "{\"libraryId\":" + library + "," + json
                + "}");
        assertEquals(201, created.statusCode(), created.body());
        return Long.parseLong(ApiClient.json(created.body(), "id"));
    }

    private String learner(String username, long school) throws Exception {
        TestKeycloak.createUser(username, "learner");
        long id = TestAccounts.account(username, school);
        CourseFixtures.enrol(offering, courseClass, id);
        return username;
    }
}
