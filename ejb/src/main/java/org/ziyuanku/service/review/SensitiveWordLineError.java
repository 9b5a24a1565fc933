package org.ziyuanku.service.review;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * Why one line of a dictionary import was refused: the line number (1-based; 0 for the import as a whole), a key of
 * the interface bundle ({@code review.words.refused.*}) and its arguments.
 */
public record SensitiveWordLineError(int line, String key, List<String> args) implements Serializable {

    public SensitiveWordLineError {
        args = List.copyOf(args);
    }

    public static SensitiveWordLineError of(int line, String key, Object... args) {
        return new SensitiveWordLineError(line, key, Arrays.stream(args).map(String::valueOf).toList());
    }
}
