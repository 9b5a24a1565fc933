package org.ziyuanku.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.regex.Pattern;

/** What every refusal of a bad request looks like to the caller: 400, the JSON error, a message in their language. */
public final class ApiRefusals {

    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");

    private ApiRefusals() {
    }

    /**
     * Sends the same bad request in Chinese and in English: both are 400 with a JSON error and no stack trace, the
     * Chinese message is in Chinese, the English one has no Chinese in it (the request bodies are ASCII).
     */
    public static void assertBadRequestInBothLanguages(ApiClient client, String method, String path, String json) {
        HttpResponse<String> chinese = client.sendJson(method, path, json);
        HttpResponse<String> english = client.inLanguage("en").sendJson(method, path, json);
        String zh = assertBadRequest(chinese);
        String en = assertBadRequest(english);
        assertTrue(CHINESE.matcher(zh).find(), "the message is in Chinese: " + chinese.body());
        assertFalse(CHINESE.matcher(en).find(), "the message is in English: " + english.body());
        assertNotEquals(zh, en);
    }

    /** Asserts a 400 with the usual JSON error and answers its message. */
    public static String assertBadRequest(HttpResponse<String> response) {
        String call = response.request().method() + " " + response.request().uri().getPath() + ": ";
        assertEquals(400, response.statusCode(), call + response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                call + response.headers());
        String message = ApiClient.json(response.body(), "message");
        assertTrue(message != null && !message.isBlank(), call + response.body());
        assertFalse(response.body().contains("Exception") || response.body().contains("\tat "), call
                + response.body());
        return message;
    }
}
