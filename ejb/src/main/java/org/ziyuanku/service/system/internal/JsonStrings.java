package org.ziyuanku.service.system.internal;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A list of strings as a JSON array ({@code ["a","b"]}) and back, with Jakarta JSON-P: how a notification's message
 * arguments are stored. Any valid JSON array of strings is accepted.
 */
public final class JsonStrings {

    private JsonStrings() {
    }

    /** The strings as a JSON array; a null element is written as an empty string. */
    public static String encode(List<String> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(v -> array.add(v == null ? "" : v));
        return array.build().toString();
    }

    /** The strings of a JSON array of strings; throws {@link IllegalArgumentException} for anything else. */
    public static List<String> decode(String json) {
        try (JsonParser parser = Json.createParser(new StringReader(json == null ? "" : json))) {
            if (parser.next() != JsonParser.Event.START_ARRAY) {
                throw new IllegalArgumentException("not a JSON array: " + json);
            }
            List<String> values = parser.getArray().stream().map(JsonStrings::string).toList();
            if (parser.hasNext()) {
                throw new IllegalArgumentException("text after the JSON array: " + json);
            }
            return values;
        } catch (JsonException | IllegalStateException | NoSuchElementException e) {
            throw new IllegalArgumentException("not a JSON array of strings: " + json, e);
        }
    }

    private static String string(JsonValue value) {
        if (value instanceof JsonString text) {
            return text.getString();
        }
        throw new IllegalArgumentException("not a string: " + value);
    }
}
