package org.ziyuanku.it.exam;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import org.ziyuanku.it.support.ApiClient;
import org.ziyuanku.it.support.TestDatabase;

/**
 * Questions for self-test ITs: created through {@code POST /api/v1/questions} by their author, then marked approved
 * in the database (a self-test draws approved questions only; the review itself is {@code QuestionReviewIT}'s).
 */
final class ApprovedQuestions {

    private ApprovedQuestions() {
    }

    /** A new approved question of the library; {@code json}: the question's fields after {@code libraryId}. */
    static long create(ApiClient author, long library, String json) throws Exception {
        HttpResponse<String> created = author.postJson("/api/v1/questions", "{\"libraryId\":" + library + "," + json
                + "}");
        assertEquals(201, created.statusCode(), created.body());
        long id = Long.parseLong(ApiClient.json(created.body(), "id"));
        TestDatabase.update("update question set status = 'PUBLISHED' where id = ?", id);
        return id;
    }
}
