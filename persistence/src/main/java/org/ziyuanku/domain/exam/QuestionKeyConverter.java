package org.ziyuanku.domain.exam;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.io.StringReader;
import java.util.List;

/**
 * Keeps a {@link QuestionKey} as the JSON text documented there. Written with JSON-P field by field (not JSON-B
 * reflection on the record) so that the stored form does not change when the record gains a method.
 */
@Converter
public class QuestionKeyConverter implements AttributeConverter<QuestionKey, String> {

    @Override
    public String convertToDatabaseColumn(QuestionKey key) {
        if (key == null) {
            return "{}";
        }
        JsonObjectBuilder json = Json.createObjectBuilder();
        JsonArrayBuilder correct = Json.createArrayBuilder();
        key.correct().forEach(correct::add);
        json.add("correct", correct);
        if (key.truth() != null) {
            json.add("truth", key.truth());
        }
        JsonArrayBuilder blanks = Json.createArrayBuilder();
        for (List<String> answers : key.blanks()) {
            JsonArrayBuilder accepted = Json.createArrayBuilder();
            answers.forEach(accepted::add);
            blanks.add(accepted);
        }
        json.add("blanks", blanks);
        if (key.reference() != null) {
            json.add("reference", key.reference());
        }
        return json.build().toString();
    }

    @Override
    public QuestionKey convertToEntityAttribute(String text) {
        if (text == null || text.isBlank()) {
            return new QuestionKey(List.of(), null, List.of(), null);
        }
        try (var reader = Json.createReader(new StringReader(text))) {
            JsonObject json = reader.readObject();
            List<Integer> correct = json.getJsonArray("correct") == null ? List.of()
                    : json.getJsonArray("correct").getValuesAs(JsonNumber.class).stream().map(JsonNumber::intValue)
                            .toList();
            Boolean truth = json.containsKey("truth") ? json.getBoolean("truth") : null;
            JsonArray blanks = json.getJsonArray("blanks");
            List<List<String>> accepted = blanks == null ? List.of() : blanks.getValuesAs(JsonArray.class).stream()
                    .map(a -> a.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList()).toList();
            JsonValue reference = json.get("reference");
            String ref = reference instanceof JsonString s ? s.getString() : null;
            return new QuestionKey(correct, truth, accepted, ref);
        }
    }
}
