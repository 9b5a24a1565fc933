package org.ziyuanku.web.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonBodyLimitsTest {

    private static boolean deeperThan(String json, int max) {
        return JsonBodyLimits.deeperThan(json.getBytes(StandardCharsets.UTF_8), max);
    }

    @Test
    void deeperThan_countsArraysAndObjects_notBracketsInStrings() {
        assertFalse(deeperThan("{\"a\":[{\"b\":[1]}]}", 4));
        assertTrue(deeperThan("{\"a\":[{\"b\":[1]}]}", 3));
        assertFalse(deeperThan("{\"a\":\"[[[[{{{{\\\"[[[[\"}", 1));
        assertFalse(deeperThan("[1],[2],[3]", 1), "siblings do not add up");
        assertTrue(deeperThan("[".repeat(10_000), 32));
        assertFalse(deeperThan("{\"标题\":\"焊接［］\"}", 1));
    }

    @Test
    void arrayWhereAnObjectBelongs_onlyForObjectTargets() {
        byte[] array = " \n [{\"username\":\"a\"}]".getBytes(StandardCharsets.UTF_8);
        assertTrue(JsonBodyLimits.arrayWhereAnObjectBelongs(array, Record.class));
        assertFalse(JsonBodyLimits.arrayWhereAnObjectBelongs(array, List.class));
        assertFalse(JsonBodyLimits.arrayWhereAnObjectBelongs(array, String[].class));
        assertFalse(JsonBodyLimits.arrayWhereAnObjectBelongs(array, Object.class));
        assertFalse(JsonBodyLimits.arrayWhereAnObjectBelongs("{}".getBytes(StandardCharsets.UTF_8), Record.class));
    }

    @Test
    void isJson_forApplicationJsonAndSuffixes_only() {
        assertTrue(JsonBodyLimits.isJson(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")));
        assertTrue(JsonBodyLimits.isJson(new MediaType("application", "merge-patch+json")));
        assertFalse(JsonBodyLimits.isJson(MediaType.TEXT_PLAIN_TYPE));
        assertFalse(JsonBodyLimits.isJson(MediaType.MULTIPART_FORM_DATA_TYPE));
        assertFalse(JsonBodyLimits.isJson(null));
    }
}
