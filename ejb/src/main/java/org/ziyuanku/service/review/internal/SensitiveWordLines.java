package org.ziyuanku.service.review.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ziyuanku.domain.review.SensitiveWord;
import org.ziyuanku.domain.review.SensitiveWordCategory;
import org.ziyuanku.domain.review.SensitiveWordSeverity;
import org.ziyuanku.domain.review.SensitiveWordText;
import org.ziyuanku.service.review.SensitiveWordLineError;

/**
 * Reads an import of one word a line, {@code 词,类别,级别} (a full-width comma works too; blank lines and lines
 * starting with {@code #} are skipped), and checks each line on its own and against the lines before it. The
 * dictionary itself is checked by the service.
 */
public final class SensitiveWordLines {

    /** The most lines one import takes. */
    public static final int MAX_LINES = 5000;

    /** A good line: its number and the word, normalised. */
    public record Line(int number, DictionaryEntry entry) {
    }

    /** The good lines and the errors; the import is acceptable only without errors. */
    public record Parsed(List<Line> lines, List<SensitiveWordLineError> errors) {
    }

    private SensitiveWordLines() {
    }

    public static Parsed parse(String text) {
        List<Line> lines = new ArrayList<>();
        List<SensitiveWordLineError> errors = new ArrayList<>();
        String[] raw = text == null ? new String[0] : text.split("\r\n|\r|\n", -1);
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < raw.length; i++) {
            String line = (i == 0 && raw[i].startsWith("\uFEFF") ? raw[i].substring(1) : raw[i]).strip();
            if (line.isEmpty() || SensitiveWordText.fold(line).startsWith("#")) {
                continue;
            }
            int number = i + 1;
            String[] cells = line.split("[,\uFF0C]", -1);
            if (cells.length != 3) {
                errors.add(SensitiveWordLineError.of(number, "review.words.refused.format"));
                continue;
            }
            Optional<String> reason = check(cells[0], cells[1], cells[2]);
            if (reason.isPresent()) {
                errors.add(lineError(number, reason.get(), cells));
                continue;
            }
            String word = SensitiveWordNormaliser.normalise(cells[0]);
            Integer earlier = seen.putIfAbsent(word, number);
            if (earlier != null) {
                errors.add(SensitiveWordLineError.of(number, "review.words.refused.repeated", word, earlier));
                continue;
            }
            lines.add(new Line(number, new DictionaryEntry(word, SensitiveWordCategory.of(cells[1]).orElseThrow(),
                    SensitiveWordSeverity.of(cells[2]).orElseThrow())));
        }
        if (lines.isEmpty() && errors.isEmpty()) {
            errors.add(SensitiveWordLineError.of(0, "review.words.refused.emptyImport"));
        } else if (lines.size() + errors.size() > MAX_LINES) {
            errors.add(0, SensitiveWordLineError.of(0, "review.words.refused.tooManyLines", MAX_LINES));
        }
        return new Parsed(lines, errors);
    }

    /** The reason key when the word, category or severity is not acceptable; the same rules as a single add. */
    public static Optional<String> check(String word, String category, String severity) {
        String normalised = SensitiveWordNormaliser.normalise(word);
        if (normalised == null || normalised.isEmpty()) {
            return Optional.of("review.words.refused.empty");
        }
        if (normalised.length() > SensitiveWord.MAX_LENGTH) {
            return Optional.of("review.words.refused.tooLong");
        }
        if (SensitiveWordCategory.of(category).isEmpty()) {
            return Optional.of("review.words.refused.unknownCategory");
        }
        if (SensitiveWordSeverity.of(severity).isEmpty()) {
            return Optional.of("review.words.refused.unknownSeverity");
        }
        return Optional.empty();
    }

    /** The arguments each reason key takes. */
    public static Object[] arguments(String reasonKey, String word, String category, String severity) {
        return switch (reasonKey) {
            case "review.words.refused.tooLong" -> new Object[] {SensitiveWord.MAX_LENGTH};
            case "review.words.refused.unknownCategory" -> new Object[] {category == null ? "" : category.strip()};
            case "review.words.refused.unknownSeverity" -> new Object[] {severity == null ? "" : severity.strip()};
            default -> new Object[0];
        };
    }

    private static SensitiveWordLineError lineError(int number, String key, String[] cells) {
        return SensitiveWordLineError.of(number, key, arguments(key, cells[0], cells[1], cells[2]));
    }
}
