package org.ziyuanku.it.support;

import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tiered review through the API, as fixtures: a library's levels, submitting a resource, finding its open task in a
 * reviewer's queue, deciding it; and publishing a resource the one-level way (its library administrator approves).
 */
public final class TestReview {

    private TestReview() {
    }

    /** Sets the library's review levels as its administrator ({@code "LIBRARY_ADMIN"}, …), level 1 first. */
    public static void levels(String administrator, long library, String... rules) {
        String json = "{\"levels\":[" + String.join(",", java.util.Arrays.stream(rules).map(r -> "\"" + r + "\"")
                .toList()) + "]}";
        HttpResponse<String> set = ApiClient.as(administrator).putJson("/api/v1/libraries/" + library
                + "/review-policy", json);
        check(set, 200);
    }

    /** Submits the resource for review as {@code author}. */
    public static HttpResponse<String> submit(String author, long resource) {
        return ApiClient.as(author).post("/api/v1/resources/" + resource + "/submission");
    }

    /** The id of the open task about the resource in the reviewer's queue, or -1 when it is not there. */
    public static long taskFor(String reviewer, long resource) {
        HttpResponse<String> queue = ApiClient.as(reviewer).get("/api/v1/reviews/tasks");
        check(queue, 200);
        Matcher task = Pattern.compile("\\{[^{}]*\\}").matcher(queue.body());
        Pattern subject = Pattern.compile("\"subjectId\":" + resource + "[,}]");
        while (task.find()) {
            if (subject.matcher(task.group()).find()) {
                return Long.parseLong(ApiClient.json(task.group(), "taskId"));
            }
        }
        return -1;
    }

    /** Decides the task: {@code APPROVE} or {@code REJECT} with a comment and JSON reasons per field (may be "{}"). */
    public static HttpResponse<String> decide(String reviewer, long task, String decision, String comment,
            String fieldReasons) {
        return ApiClient.as(reviewer).postJson("/api/v1/reviews/tasks/" + task + "/decision", "{\"decision\":\""
                + decision + "\",\"comment\":\"" + comment + "\",\"fieldReasons\":" + fieldReasons + "}");
    }

    /**
     * Publishes the resource as a one-level review: the library reviews by its administrators, {@code author}
     * submits, {@code administrator} approves.
     */
    public static void publish(String author, String administrator, long library, long resource) {
        levels(administrator, library, "LIBRARY_ADMIN");
        check(submit(author, resource), 200);
        long task = taskFor(administrator, resource);
        if (task < 0) {
            throw new AssertionError("no open task for resource " + resource + " in the queue of " + administrator);
        }
        check(decide(administrator, task, "APPROVE", "ok", "{}"), 200);
    }

    /** Deletes the review work (not the record, which is append-only) of the user's resources and submissions. */
    public static void forget(String username) throws SQLException {
        TestDatabase.update("delete from review_submission where author_id in (select id from user_account where"
                + " username = ?) or owner_id in (select id from user_account where username = ?)", username,
                username);
    }

    private static void check(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new AssertionError(response.request().uri() + " answered " + response.statusCode() + ": "
                    + response.body());
        }
    }
}
