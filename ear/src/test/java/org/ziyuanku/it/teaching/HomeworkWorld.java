package org.ziyuanku.it.teaching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.ziyuanku.it.support.ApiClient;
import org.ziyuanku.it.support.TestDatabase;

/** Homework fixtures through the REST API: bodies, creating and publishing, submitting, moving the due time. */
final class HomeworkWorld {

    /** Rubric of the peer homework: 内容 6 + 表达 4 = 10 points. */
    static final String RUBRIC = "[{\"title\":\"内容\",\"maxPoints\":6},{\"title\":\"表达\",\"maxPoints\":4}]";

    private HomeworkWorld() {
    }

    /** A manual homework body: open since two days, due in two days, the late policy and kinds given. */
    static String manual(Long classId, String title, String latePolicy, int penalty, String kinds) {
        return body(classId, title, latePolicy, penalty, kinds, "\"grading\":\"MANUAL\"");
    }

    /** A peer homework body (N reviewers, the rubric above, median, the no-review penalty), late submissions marked. */
    static String peer(Long classId, String title, int n, int noReviewPenalty) {
        return body(classId, title, "ACCEPT_MARKED", 0, "TEXT", "\"grading\":\"PEER\",\"peerCount\":" + n
                + ",\"rubric\":" + RUBRIC + ",\"aggregation\":\"MEDIAN\",\"noReviewPenalty\":" + noReviewPenalty);
    }

    private static String body(Long classId, String title, String latePolicy, int penalty, String kinds,
            String grading) {
        LocalDateTime now = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
        return "{" + (classId == null ? "" : "\"classId\":" + classId + ",") + "\"title\":\"" + title
                + "\",\"instructions\":\"<p>按要求完成</p><script>alert(1)</script>\",\"opensAt\":\"" + now.minusDays(2)
                + "\",\"dueAt\":\"" + now.plusDays(2) + "\",\"latePolicy\":\"" + latePolicy
                + "\",\"latePenaltyPercent\":" + penalty + ",\"maxPoints\":10,\"submissionKinds\":\"" + kinds + "\","
                + grading + "}";
    }

    /** The teacher creates and publishes the homework; its id. */
    static long published(String teacher, long offering, String json) {
        HttpResponse<String> created = ApiClient.as(teacher).postJson("/api/v1/offerings/" + offering
                + "/assignments", json);
        assertEquals(201, created.statusCode(), created.body());
        long id = Long.parseLong(ApiClient.json(created.body(), "id"));
        HttpResponse<String> published = ApiClient.as(teacher).post("/api/v1/assignments/" + id + "/publish");
        assertEquals(200, published.statusCode(), published.body());
        return id;
    }

    /** The learner submits a text; the response. */
    static HttpResponse<String> submit(String learner, long assignment, String text) {
        return ApiClient.as(learner).postJson("/api/v1/assignments/" + assignment + "/submissions",
                "{\"text\":\"" + text + "\"}");
    }

    /** The learner's submission must be accepted; its id. */
    static long submitted(String learner, long assignment, String text) {
        HttpResponse<String> response = submit(learner, assignment, text);
        assertEquals(200, response.statusCode(), response.body());
        return Long.parseLong(ApiClient.json(response.body(), "id"));
    }

    /** Moves the due time into the past (an hour after the opening, two days ago). */
    static void pastDue(long assignment) throws SQLException {
        TestDatabase.update("update assignment set due_at = opens_at + interval '1 hour' where id = ?", assignment);
    }

    /** The first column of every row, as numbers. */
    static List<Long> queryLongs(String sql, Object... params) throws SQLException {
        List<Long> values = new ArrayList<>();
        try (Connection c = TestDatabase.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getLong(1));
                }
            }
        }
        return values;
    }

    /** The version of the submission as stored. */
    static int version(long submission) throws SQLException {
        return (int) TestDatabase.queryLong("select version from assignment_submission where id = ?", submission);
    }
}
