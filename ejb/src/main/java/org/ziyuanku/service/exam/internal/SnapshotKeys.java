package org.ziyuanku.service.exam.internal;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ziyuanku.domain.exam.ChoiceScoring;
import org.ziyuanku.domain.exam.Question;
import org.ziyuanku.domain.exam.QuestionKey;
import org.ziyuanku.service.exam.AnswerKey;
import org.ziyuanku.service.exam.QuestionDraft;
import org.ziyuanku.service.exam.SnapshotQuestion;

/**
 * The JSON kept in exam_attempt.answer_keys: per drawn question the answer key and analysis it had when the paper was
 * drawn (and those of its parts, in the snapshot's part order). With the attempt's snapshot (type, options, points)
 * they make the question the grader takes, so a later edit of the question does not change how the attempt is graded.
 */
public final class SnapshotKeys {

    private SnapshotKeys() {
    }

    /** A question's frozen key and analysis, and its parts' in order. */
    public record Frozen(AnswerKey key, String analysis, List<Frozen> parts) {

        public Frozen {
            parts = List.copyOf(parts);
        }

        static Frozen of(Question q) {
            QuestionKey k = q.getKey();
            return new Frozen(new AnswerKey(k.correct(), k.truth(), k.blanks(), q.getScoring(), k.reference()),
                    q.getAnalysis(), q.getParts().stream().map(Frozen::of).toList());
        }
    }

    /** The JSON of the questions' frozen keys, by question id. */
    public static String write(Map<Long, Frozen> keys) {
        JsonObjectBuilder object = Json.createObjectBuilder();
        keys.forEach((id, frozen) -> object.add(Long.toString(id), frozen(frozen)));
        return object.build().toString();
    }

    /** The frozen keys by question id; empty for null (an attempt drawn before keys were kept). */
    public static Map<Long, Frozen> read(String json) {
        Map<Long, Frozen> keys = new TreeMap<>();
        if (json == null || json.isBlank()) {
            return keys;
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            reader.readObject().forEach((id, v) -> keys.put(Long.valueOf(id), frozen(v.asJsonObject())));
        }
        return keys;
    }

    /** The question as the grader takes it: the snapshot's type, options and points with the frozen key. */
    public static QuestionDraft draft(SnapshotQuestion q, Frozen frozen) {
        List<QuestionDraft> parts = new ArrayList<>();
        for (int i = 0; i < q.parts().size(); i++) {
            Frozen part = i < frozen.parts().size() ? frozen.parts().get(i)
                    : new Frozen(AnswerKey.none(), "", List.of());
            parts.add(draft(q.parts().get(i), part));
        }
        return new QuestionDraft(q.type(), q.stem(), q.options(), q.prompts(), frozen.key(), frozen.analysis(), null,
                List.of(), q.points(), parts, List.of());
    }

    private static JsonObjectBuilder frozen(Frozen f) {
        AnswerKey k = f.key();
        JsonArrayBuilder correct = Json.createArrayBuilder();
        k.correct().forEach(correct::add);
        JsonArrayBuilder blanks = Json.createArrayBuilder();
        k.blanks().forEach(accepted -> blanks.add(ExamJson.strings(accepted)));
        JsonArrayBuilder parts = Json.createArrayBuilder();
        f.parts().forEach(p -> parts.add(frozen(p)));
        JsonObjectBuilder o = Json.createObjectBuilder().add("correct", correct).add("blanks", blanks)
                .add("analysis", f.analysis() == null ? "" : f.analysis()).add("parts", parts);
        if (k.truth() != null) {
            o.add("truth", k.truth());
        }
        if (k.scoring() != null) {
            o.add("scoring", k.scoring().name());
        }
        if (k.reference() != null) {
            o.add("reference", k.reference());
        }
        return o;
    }

    private static Frozen frozen(JsonObject o) {
        List<Integer> correct = o.getJsonArray("correct").getValuesAs(JsonNumber.class).stream()
                .map(JsonNumber::intValue).toList();
        List<List<String>> blanks = o.getJsonArray("blanks").stream().map(v -> ExamJson.strings(v.asJsonArray()))
                .toList();
        Boolean truth = o.containsKey("truth") ? o.getBoolean("truth") : null;
        ChoiceScoring scoring = o.containsKey("scoring") ? ChoiceScoring.valueOf(o.getString("scoring")) : null;
        String reference = o.containsKey("reference") && o.get("reference").getValueType() == JsonValue.ValueType.STRING
                ? o.getString("reference") : null;
        return new Frozen(new AnswerKey(correct, truth, blanks, scoring, reference), o.getString("analysis"),
                o.getJsonArray("parts").stream().map(v -> frozen(v.asJsonObject())).toList());
    }
}
