package org.ziyuanku.service.qa;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.ziyuanku.infrastructure.text.ChineseSegmenter;
import org.ziyuanku.service.qa.internal.BundledQuestionTerms;
import org.ziyuanku.service.qa.internal.QuestionSimilarity;

/**
 * Precision@3 and recall@3 of similar-question matching on {@code qa/similar-questions.tsv}: every distinct second
 * column is an answered question; each query is ranked against all of them as the service ranks (a candidate must
 * share a term — the PostgreSQL pre-selection —, score at least {@link QuestionSimilarity#SUGGEST}, best three kept).
 * Micro-averaged: precision = relevant suggestions / suggestions, recall = relevant suggestions / relevant questions.
 * Prints the figures and writes them to {@code target/qa-benchmark.txt}. Run:
 * {@code ./mvnw -B -o -pl ejb -am test -Dtest=SimilarQuestionsBenchmarkTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class SimilarQuestionsBenchmarkTest {

    private static final Logger LOG = Logger.getLogger(SimilarQuestionsBenchmarkTest.class.getName());
    private static final int K = 3;

    @Test
    void shippedTestSet_precisionAndRecallAtThree_reachTheGoal() throws IOException {
        Map<String, Set<String>> relevant = new LinkedHashMap<>();
        Set<String> corpus = new LinkedHashSet<>();
        int pairs = read(relevant, corpus);
        BundledQuestionTerms terms = new BundledQuestionTerms();
        ChineseSegmenter segmenter = new ChineseSegmenter(terms.terms(), terms.synonyms());
        Map<String, String> indexed = new LinkedHashMap<>();
        corpus.forEach(q -> indexed.put(q, segmenter.joined(q)));
        int suggested = 0;
        int hits = 0;
        int wanted = 0;
        List<String> misses = new ArrayList<>();
        for (Map.Entry<String, Set<String>> query : relevant.entrySet()) {
            List<String> top = top(segmenter.joined(query.getKey()), indexed, segmenter);
            suggested += top.size();
            long found = top.stream().filter(query.getValue()::contains).count();
            hits += (int) found;
            wanted += query.getValue().size();
            if (found < Math.min(K, query.getValue().size()) || found < top.size()) {
                misses.add(query.getKey() + " [" + segmenter.joined(query.getKey()) + "] → " + top.stream().map(t -> t + "[" + indexed.get(t) + "]").toList());
            }
        }
        double precision = suggested == 0 ? 0 : (double) hits / suggested;
        double recall = wanted == 0 ? 0 : (double) hits / wanted;
        String report = String.format(Locale.ROOT, "pairs=%d queries=%d corpus=%d suggested=%d relevant=%d hits=%d"
                + " precision@3=%.3f recall@3=%.3f%n", pairs, relevant.size(), corpus.size(), suggested, wanted, hits,
                precision, recall) + String.join("\n", misses);
        LOG.info(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "qa-benchmark.txt"), report, StandardCharsets.UTF_8);
        assertTrue(precision >= 0.8, report);
    }

    private static List<String> top(String terms, Map<String, String> indexed, ChineseSegmenter segmenter) {
        Set<String> mine = new HashSet<>(QuestionSimilarity.split(terms));
        List<Map.Entry<String, String>> candidates = indexed.entrySet().stream()
                .filter(e -> QuestionSimilarity.split(e.getValue()).stream().anyMatch(mine::contains)).toList();
        return QuestionSimilarity.rank(terms, candidates, Map.Entry::getValue, segmenter::isDomainTerm).stream()
                .map(s -> s.item().getKey()).toList();
    }

    private static int read(Map<String, Set<String>> relevant, Set<String> corpus) throws IOException {
        int pairs = 0;
        try (InputStream in = SimilarQuestionsBenchmarkTest.class.getResourceAsStream("/qa/similar-questions.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                corpus.add(cells[1]);
                Set<String> wanted = relevant.computeIfAbsent(cells[0], q -> new LinkedHashSet<>());
                if ("1".equals(cells[2])) {
                    wanted.add(cells[1]);
                }
                pairs++;
            }
        }
        return pairs;
    }
}
