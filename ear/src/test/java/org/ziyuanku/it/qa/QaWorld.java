package org.ziyuanku.it.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import org.ziyuanku.it.support.ApiClient;
import org.ziyuanku.it.support.TestAccounts;
import org.ziyuanku.it.support.TestDatabase;
import org.ziyuanku.it.support.TestKeycloak;
import org.ziyuanku.it.support.TestResources;

/** Fixtures of the library Q&A tests: people, a published resource of the welding library, questions and answers. */
final class QaWorld {

    static final String QUESTIONS = "/api/v1/library-questions";

    private QaWorld() {
    }

    /** A learner of 深圳信息职业技术学院 (Keycloak and platform account). */
    static long learner(String username) throws SQLException {
        TestKeycloak.createUser(username, "learner");
        return TestAccounts.account(username, TestAccounts.organisation(TestResources.DEMO_SCHOOL));
    }

    /** A PNG uploaded by the contributor into the welding library and marked PUBLISHED; its id. */
    static long publishedResource(String contributor, long library, String suffix) throws SQLException {
        HttpResponse<String> created = ApiClient.as(contributor).upload("/api/v1/libraries/" + library + "/resources",
                "qa-" + suffix + ".png", TestResources.sample("sample.png"),
                ApiClient.fields("title", "问答素材 " + suffix, "courseName", "焊接工艺"));
        assertEquals(201, created.statusCode(), created.body());
        long id = Long.parseLong(ApiClient.json(created.body(), "id"));
        TestDatabase.update("update teaching_resource set status = 'PUBLISHED' where id = ?", id);
        return id;
    }

    /** Asks through the API (201 expected); the question's id. */
    static long ask(String username, long resource, String title) {
        HttpResponse<String> r = ApiClient.as(username).postJson(QUESTIONS, "{\"resourceId\":" + resource
                + ",\"title\":\"" + title + "\",\"body\":\"\"}");
        assertEquals(201, r.statusCode(), r.body());
        return Long.parseLong(ApiClient.json(r.body(), "id"));
    }

    /** Answers through the API (201 expected); the answer's id. */
    static long answer(String username, long question, String body) {
        HttpResponse<String> r = ApiClient.as(username).postJson(QUESTIONS + "/" + question + "/answers",
                "{\"body\":\"" + body + "\"}");
        assertEquals(201, r.statusCode(), r.body());
        return Long.parseLong(ApiClient.json(r.body(), "id"));
    }

    /** A question asked, answered and its answer marked best by the team member; the question's id. */
    static long answered(String asker, String team, long resource, String title, String answer) {
        long question = ask(asker, resource, title);
        long id = answer(team, question, answer);
        HttpResponse<String> best = ApiClient.as(team).post("/api/v1/library-answers/" + id + "/best");
        assertEquals(200, best.statusCode(), best.body());
        return question;
    }

    static String similar(long resource, String typed) {
        return QUESTIONS + "/similar?resource=" + resource + "&q=" + URLEncoder.encode(typed, StandardCharsets.UTF_8);
    }

    static long word(String word, String severity) throws SQLException {
        long id = TestDatabase.queryLong("select nextval('sensitive_word_seq')");
        TestDatabase.update("insert into sensitive_word (id, word, category, severity, created_by, created_at,"
                + " updated_at) values (?, ?, 'OTHER', ?, 'it', now(), now())", id, word, severity);
        return id;
    }

    static long denials(String actor, String action) throws SQLException {
        return TestDatabase.queryLong("select count(*) from audit_record where actor = ? and action = ? and outcome ="
                + " 'DENIED'", actor, action);
    }

    /** Deletes the resource's questions, the people and what they uploaded. */
    static void forget(long resource, String... usernames) throws SQLException {
        TestDatabase.update("delete from library_question where resource_id = ?", resource);
        TestResources.forget(usernames);
    }
}
