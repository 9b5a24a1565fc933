package org.ziyuanku.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Both locales have the same keys, no key twice, the same {n} placeholders, no lone apostrophes in a pattern with
 * placeholders (MessageFormat would swallow them) and no doubled ones in a text without (it is shown as it is).
 */
class BundleConsistencyTest {

    private static final Path DIR = Path.of("src/main/resources/org/ziyuanku/web/i18n");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

    private static Map<String, String> read(String file, List<String> duplicates) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        for (String line : Files.readAllLines(DIR.resolve(file), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            String key = line.substring(0, eq).strip();
            if (entries.put(key, line.substring(eq + 1)) != null) {
                duplicates.add(file + ": " + key);
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
        Map<String, String> zh = read("messages_zh_CN.properties", duplicates);
        Map<String, String> en = read("messages_en.properties", duplicates);
        assertTrue(duplicates.isEmpty(), "duplicate keys: " + duplicates);
        Set<String> onlyZh = new HashSet<>(zh.keySet());
        onlyZh.removeAll(en.keySet());
        Set<String> onlyEn = new HashSet<>(en.keySet());
        onlyEn.removeAll(zh.keySet());
        assertTrue(onlyZh.isEmpty(), "missing in English: " + onlyZh);
        assertTrue(onlyEn.isEmpty(), "missing in Chinese: " + onlyEn);
        for (String key : zh.keySet()) {
            assertEquals(placeholders(zh.get(key)), placeholders(en.get(key)), "placeholders of " + key);
            assertFalse(en.get(key).matches(".*[^']'[^'].*") && !placeholders(en.get(key)).isEmpty(),
                    "lone apostrophe in a MessageFormat pattern: " + key);
            assertFalse(en.get(key).contains("''") && placeholders(en.get(key)).isEmpty(),
                    "doubled apostrophe in a text without placeholders (shown as it is, never formatted): " + key);
        }
    }
}
