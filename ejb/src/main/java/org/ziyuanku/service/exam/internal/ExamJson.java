package org.ziyuanku.service.exam.internal;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ziyuanku.domain.exam.QuestionType;
import org.ziyuanku.service.exam.LearnerAnswer;
import org.ziyuanku.service.exam.SnapshotQuestion;

/** The JSON kept in exam_attempt.snapshot, exam_attempt.option_orders and exam_answer.answer. */
public final class ExamJson {

    private ExamJson() {
    }

    public static String snapshot(List<SnapshotQuestion> questions) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        questions.forEach(q -> array.add(question(q)));
        return array.build().toString();
    }

    private static JsonObjectBuilder question(SnapshotQuestion q) {
        JsonArrayBuilder parts = Json.createArrayBuilder();
        q.parts().forEach(p -> parts.add(question(p)));
        return Json.createObjectBuilder().add("id", q.questionId()).add("type", q.type().name())
                .add("stem", q.stem()).add("options", strings(q.options())).add("prompts", strings(q.prompts()))
                .add("points", q.points()).add("blanks", q.blanks()).add("parts", parts);
    }

    public static List<SnapshotQuestion> questions(String json) {
        return read(json).asJsonArray().stream().map(v -> question(v.asJsonObject())).toList();
    }

    private static SnapshotQuestion question(JsonObject o) {
        return new SnapshotQuestion(o.getJsonNumber("id").longValue(), QuestionType.valueOf(o.getString("type")),
                o.getString("stem"), strings(o.getJsonArray("options")), strings(o.getJsonArray("prompts")),
                o.getJsonNumber("points").bigDecimalValue(), o.getInt("blanks"),
                o.getJsonArray("parts").stream().map(v -> question(v.asJsonObject())).toList());
    }

    /** Per question id, the stored index of each option in the learner's order (empty: not shuffled). */
    public static String orders(Map<Long, List<Integer>> orders) {
        JsonObjectBuilder object = Json.createObjectBuilder();
        orders.forEach((id, order) -> {
            JsonArrayBuilder array = Json.createArrayBuilder();
            order.forEach(array::add);
            object.add(Long.toString(id), array);
        });
        return object.build().toString();
    }

    public static Map<Long, List<Integer>> orders(String json) {
        Map<Long, List<Integer>> orders = new TreeMap<>();
        read(json).asJsonObject().forEach((id, order) -> orders.put(Long.valueOf(id),
                order.asJsonArray().getValuesAs(jakarta.json.JsonNumber.class).stream()
                        .map(jakarta.json.JsonNumber::intValue).toList()));
        return orders;
    }

    public static String answer(LearnerAnswer answer) {
        return answerObject(answer).build().toString();
    }

    private static JsonObjectBuilder answerObject(LearnerAnswer a) {
        JsonArrayBuilder choices = Json.createArrayBuilder();
        a.choices().forEach(c -> {
            if (c == null) {
                choices.addNull();
            } else {
                choices.add(c);
            }
        });
        JsonArrayBuilder parts = Json.createArrayBuilder();
        a.parts().forEach(p -> parts.add(answerObject(p)));
        JsonObjectBuilder object = Json.createObjectBuilder().add("choices", choices)
                .add("blanks", strings(a.blanks())).add("parts", parts);
        if (a.truth() != null) {
            object.add("truth", a.truth());
        }
        if (a.text() != null) {
            object.add("text", a.text());
        }
        return object;
    }

    public static LearnerAnswer answer(String json) {
        return json == null ? LearnerAnswer.none() : answer(read(json).asJsonObject());
    }

    private static LearnerAnswer answer(JsonObject o) {
        List<Integer> choices = new ArrayList<>();
        o.getJsonArray("choices").forEach(v -> choices.add(v.getValueType() == JsonValue.ValueType.NUMBER
                ? ((jakarta.json.JsonNumber) v).intValue() : null));
        Boolean truth = o.containsKey("truth") ? o.getBoolean("truth") : null;
        String text = o.containsKey("text") ? o.getString("text") : null;
        return new LearnerAnswer(choices, truth, strings(o.getJsonArray("blanks")), text,
                o.getJsonArray("parts").stream().map(v -> answer(v.asJsonObject())).toList());
    }

    /** The texts as a JSON array (null as ""); also SnapshotKeys'. */
    static JsonArrayBuilder strings(List<String> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(v -> array.add(v == null ? "" : v));
        return array;
    }

    /** The JSON array's texts. */
    static List<String> strings(JsonArray array) {
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static JsonValue read(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readValue();
        }
    }

    static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }
}
