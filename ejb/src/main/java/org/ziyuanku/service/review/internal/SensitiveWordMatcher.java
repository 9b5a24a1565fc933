package org.ziyuanku.service.review.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ahocorasick.trie.PayloadEmit;
import org.ahocorasick.trie.PayloadTrie;
import org.ziyuanku.domain.review.SensitiveWordSeverity;
import org.ziyuanku.service.review.ScreenedText;
import org.ziyuanku.service.review.ScreeningResult;
import org.ziyuanku.service.review.TextSegment;
import org.ziyuanku.service.review.WordHit;

/**
 * An Aho-Corasick automaton over the dictionary (org.ahocorasick). Words and texts are normalised alike with {@link
 * SensitiveWordNormaliser} before matching, so case, full-width forms, invisible characters, blanks and punctuation
 * between Chinese characters and traditional characters do not hide a word. Screening counts every occurrence,
 * overlapping ones included (赌博 inside 赌博网站 counts for both); highlighting keeps the longest, non-overlapping
 * matches and marks them in the original text. Immutable and thread-safe once built.
 */
public final class SensitiveWordMatcher {

    private final PayloadTrie<DictionaryEntry> all;
    private final boolean empty;

    private SensitiveWordMatcher(Collection<DictionaryEntry> entries, boolean longestOnly) {
        PayloadTrie.PayloadTrieBuilder<DictionaryEntry> builder = PayloadTrie.builder();
        if (longestOnly) {
            builder.ignoreOverlaps();
        }
        int added = 0;
        for (DictionaryEntry entry : entries) {
            String word = SensitiveWordNormaliser.normalise(entry.word());
            if (word != null && !word.isEmpty()) {
                builder.addKeyword(word, new DictionaryEntry(word, entry.category(), entry.severity()));
                added++;
            }
        }
        this.all = builder.build();
        this.empty = added == 0;
    }

    /** A matcher for screening: every occurrence of every word. */
    public static SensitiveWordMatcher of(Collection<DictionaryEntry> entries) {
        return new SensitiveWordMatcher(entries, false);
    }

    /** The words found in the texts, per word and field, in the order first found; blocking ones apart. */
    public ScreeningResult screen(List<ScreenedText> texts) {
        Map<String, WordHit> hits = new LinkedHashMap<>();
        for (ScreenedText text : texts) {
            if (empty || text == null || text.text() == null || text.text().isEmpty()) {
                continue;
            }
            List<PayloadEmit<DictionaryEntry>> emits = new ArrayList<>(all.parseText(SensitiveWordNormaliser.of(
                    text.text()).text()));
            emits.sort(Comparator.comparingInt(PayloadEmit::getStart));
            for (PayloadEmit<DictionaryEntry> emit : emits) {
                DictionaryEntry entry = emit.getPayload();
                hits.merge(entry.word() + "\u0000" + text.field(), new WordHit(entry.word(), entry.category().name(),
                        entry.severity(), text.field(), 1),
                        (a, b) -> new WordHit(a.word(), a.category(), a.severity(), a.field(), a.count() + 1));
            }
        }
        List<WordHit> blocked = new ArrayList<>();
        List<WordHit> flagged = new ArrayList<>();
        for (WordHit hit : hits.values()) {
            (hit.severity() == SensitiveWordSeverity.BLOCK ? blocked : flagged).add(hit);
        }
        return new ScreeningResult(blocked, flagged);
    }

    /**
     * The original text cut into plain runs and the given words (longest match first, never overlapping), each word
     * marked where it stands in the original, with whatever was put between its characters.
     */
    public static List<TextSegment> highlight(String text, Collection<String> words) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<DictionaryEntry> entries = words == null ? List.of()
                : words.stream().map(w -> new DictionaryEntry(w, null, SensitiveWordSeverity.FLAG)).toList();
        SensitiveWordMatcher longest = new SensitiveWordMatcher(entries, true);
        if (longest.empty) {
            return List.of(new TextSegment(text, false));
        }
        SensitiveWordNormaliser.Normalised normalised = SensitiveWordNormaliser.of(text);
        List<PayloadEmit<DictionaryEntry>> emits = new ArrayList<>(longest.all.parseText(normalised.text()));
        emits.sort(Comparator.comparingInt(PayloadEmit::getStart));
        List<TextSegment> segments = new ArrayList<>();
        int at = 0;
        for (PayloadEmit<DictionaryEntry> emit : emits) {
            int[] span = normalised.originalSpan(emit.getStart(), emit.getEnd() + 1);
            if (span[0] < at) {
                continue;
            }
            if (span[0] > at) {
                segments.add(new TextSegment(text.substring(at, span[0]), false));
            }
            segments.add(new TextSegment(text.substring(span[0], span[1]), true));
            at = span[1];
        }
        if (at < text.length()) {
            segments.add(new TextSegment(text.substring(at), false));
        }
        return segments;
    }
}
