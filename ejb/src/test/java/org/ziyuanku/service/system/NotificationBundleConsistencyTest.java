package org.ziyuanku.service.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The notification bundles: same keys in both locales, no key twice, the same {n}, no lone apostrophes. */
class NotificationBundleConsistencyTest {

    private static final Path DIR = Path.of("src/main/resources/org/ziyuanku/service/system");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
    private static final List<String> REVIEW_KEYS = List.of("notification.review.waiting",
            "notification.review.approved", "notification.review.published", "notification.review.rejected",
            "notification.review.takenDown");

    private static Map<String, String> read(String file, List<String> duplicates) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        for (String line : Files.readAllLines(DIR.resolve(file), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (entries.put(line.substring(0, eq).strip(), line.substring(eq + 1)) != null) {
                duplicates.add(file + ": " + line.substring(0, eq).strip());
            }
        }
        return entries;
    }

    private static Set<String> placeholders(String value) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(value);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void chineseAndEnglishBundlesAgree() throws IOException {
        List<String> duplicates = new ArrayList<>();
        Map<String, String> zh = read("notifications_zh_CN.properties", duplicates);
        Map<String, String> en = read("notifications_en.properties", duplicates);
        assertTrue(duplicates.isEmpty(), "duplicate keys: " + duplicates);
        assertEquals(zh.keySet(), en.keySet());
        assertTrue(zh.keySet().containsAll(REVIEW_KEYS), "the review workflow's keys");
        for (String key : zh.keySet()) {
            assertEquals(placeholders(zh.get(key)), placeholders(en.get(key)), "placeholders of " + key);
            for (String value : List.of(zh.get(key), en.get(key))) {
                assertFalse(value.matches(".*(^|[^'])'([^']|$).*") && !placeholders(value).isEmpty(),
                        "lone apostrophe in a MessageFormat pattern: " + key);
            }
        }
    }
}
