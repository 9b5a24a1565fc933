package org.ziyuanku.it.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ziyuanku.it.support.ApiClient;
import org.ziyuanku.it.support.TestDatabase;
import org.ziyuanku.it.support.TestKeycloak;

/**
 * Malformed JSON (issue 11, defect 7): broken, wrongly typed and deeply nested bodies sent to JSON endpoints get 400
 * and an oversize body 413, each with the usual JSON error in the caller's language and no stack trace; never 500.
 * The calls carry a bearer token, so the cross-site request check does not apply.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MalformedJsonIT {

    private static final String USER = "teacher";
    private static final String DECISION = "/api/v1/reviews/tasks/999999999/decision";
    private static final String MALFORMED_ZH = "请求正文不是可读取的 JSON，或字段的类型不对，未做任何更改";
    private static final String MALFORMED_EN = "The request body is not readable JSON or a field has the wrong type;"
            + " nothing was changed";

    @BeforeAll
    static void keycloak() {
        TestKeycloak.ensureRunning();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "POST | /api/v1/reviews/tasks/999999999/decision | {\"decision\":\"APPROVE\",\"comment\":\"好",
        "POST | /api/v1/reviews/tasks/999999999/decision | {\"decision\":\"APPROVE\",\"version\":\"abc\"}",
        "PUT  | /api/v1/libraries/1/review-policy         | [\"UNIT_REVIEWER\",\"LIBRARY_ADMIN\"]",
        "POST | /api/v1/sensitive-words                   | {\"word\":\"测试\",",
        "POST | /api/v1/organisations/1/members           | username=a&name=b",
        "POST | /api/v1/organisations/1/members           | [{\"username\":\"a\"}]"})
    void brokenOrWronglyTypedJson_is400_inChinese_andEnglishOnRequest(String method, String path, String body) {
        assertError(send(ApiClient.as(USER), method, path, body), 400, "malformed_json", MALFORMED_ZH);
        assertError(send(ApiClient.as(USER).inLanguage("en"), method, path, body), 400, "malformed_json",
                MALFORMED_EN);
    }

    @Test
    void tenThousandLevelsOfNesting_is400() {
        String deep = "{\"decision\":\"APPROVE\",\"comment\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}";

        assertError(ApiClient.as(USER).postJson(DECISION, deep), 400, "json_too_deep",
                "请求正文的 JSON 嵌套超过 32 层，未做任何更改");
        assertError(ApiClient.as(USER).inLanguage("en").putJson("/api/v1/libraries/1/review-policy",
                "{\"levels\":" + "[".repeat(33) + "]".repeat(33) + "}"), 400, "json_too_deep",
                "The request body nests JSON deeper than 32 levels; nothing was changed");
    }

    @Test
    void twoMebibyteBody_is413_andNothingIsStored() throws Exception {
        String word = "超长正文" + System.currentTimeMillis() % 100_000;
        String body = "{\"word\":\"" + word + "\",\"category\":\"POLITICAL\",\"severity\":\"BLOCK\",\"padding\":\""
                + "x".repeat(2 * 1024 * 1024) + "\"}";

        assertError(ApiClient.as(USER).postJson("/api/v1/sensitive-words", body), 413, "body_too_large",
                "请求正文超过 1024 KB 的上限，未做任何更改");
        assertEquals(0, TestDatabase.queryLong("select count(*) from sensitive_word where word = ?", word));
    }

    @Test
    void wellFormedJson_stillReachesTheEndpoint() {
        HttpResponse<String> decision = ApiClient.as(USER).postJson(DECISION, "{\"decision\":\"MAYBE\"}");
        assertEquals(400, decision.statusCode(), decision.body());
        assertEquals("decision", ApiClient.json(decision.body(), "parameter"), "the endpoint's own check answered");
    }

    @Test
    void anArrayWhereTheReasonsObjectBelongs_is400_notA500() {
        HttpResponse<String> decision = ApiClient.as(USER).postJson(DECISION,
                "{\"decision\":\"REJECT\",\"fieldReasons\":[\"TITLE\"]}");
        assertEquals(400, decision.statusCode(), decision.body());
        assertEquals("fieldReasons", ApiClient.json(decision.body(), "parameter"), decision.body());
    }

    private static HttpResponse<String> send(ApiClient client, String method, String path, String body) {
        return "PUT".equals(method) ? client.putJson(path, body) : client.postJson(path, body);
    }

    private static void assertError(HttpResponse<String> response, int status, String error, String message) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                response.headers().toString());
        assertEquals(error, ApiClient.json(response.body(), "error"), response.body());
        assertEquals(message, ApiClient.json(response.body(), "message"), response.body());
        assertFalse(response.body().contains("Exception") || response.body().contains("\tat "), response.body());
    }
}
