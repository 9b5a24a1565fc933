package org.ziyuanku.it.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

/** The last lines of a log file that match, joined for a test's failure message ("" when the file is missing). */
final class LogTail {

    private LogTail() {
    }

    static String of(Path file, int lines, Predicate<String> wanted) {
        try {
            List<String> matching = Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(wanted).toList();
            return String.join("\n", matching.subList(Math.max(0, matching.size() - lines), matching.size()));
        } catch (IOException e) {
            return "(" + file + ": " + e.getMessage() + ")";
        }
    }
}
