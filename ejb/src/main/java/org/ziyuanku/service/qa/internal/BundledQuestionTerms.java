package org.ziyuanku.service.qa.internal;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ziyuanku.service.qa.QuestionTermSource;

/**
 * The domain terms shipped in {@code qa/domain-terms.txt}: one term a line, or {@code variant=preferred} for a
 * synonym; {@code #} starts a comment line.
 */
@ApplicationScoped
public class BundledQuestionTerms implements QuestionTermSource {

    private static final String FILE = "qa/domain-terms.txt";

    @Override
    public Collection<String> terms() {
        return read().stream().filter(l -> !l.contains("=")).toList();
    }

    @Override
    public Map<String, String> synonyms() {
        Map<String, String> synonyms = new LinkedHashMap<>();
        read().stream().filter(l -> l.contains("=")).map(l -> l.split("=", 2))
                .forEach(p -> synonyms.put(p[0].strip(), p[1].strip()));
        return synonyms;
    }

    private static List<String> read() {
        InputStream in = BundledQuestionTerms.class.getClassLoader().getResourceAsStream(FILE);
        if (in == null) {
            throw new IllegalStateException(FILE + " missing");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
