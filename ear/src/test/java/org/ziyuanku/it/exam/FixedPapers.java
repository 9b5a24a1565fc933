package org.ziyuanku.it.exam;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.ziyuanku.it.support.ApiClient;

/** FIXED papers for exam ITs, created through {@code POST /api/v1/papers} by their author. */
final class FixedPapers {

    private FixedPapers() {
    }

    /** A new FIXED paper of the library with the questions in this order, each worth its own points. */
    static long create(ApiClient author, long library, String title, long... questions) {
        String listed = Arrays.stream(questions).mapToObj(q -> "{\"questionId\":" + q + "}")
                .collect(Collectors.joining(","));
        HttpResponse<String> created = author.postJson("/api/v1/papers", "{\"libraryId\":" + library + ",\"title\":\""
                + title + "\",\"kind\":\"FIXED\",\"questions\":[" + listed + "]}");
        assertEquals(201, created.statusCode(), created.body());
        return Long.parseLong(ApiClient.json(created.body(), "id"));
    }
}
