package org.ziyuanku.infrastructure.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Cuts a text into search terms: NFKC and lower case first; then the longest domain term (a user dictionary, e.g.
 * 常开触点, 数控车床) found at each position is kept whole, and the text between domain terms is segmented by Lucene's
 * SmartChinese analyser (its hidden-Markov bigram dictionary is in the jar, nothing is loaded from outside).
 * Punctuation, one-character function words and the {@link #STOP_WORDS} (how, what, please …) are dropped. Immutable
 * and thread-safe: Lucene's analyser keeps one token stream per thread.
 */
public final class ChineseSegmenter {

    /** Question words and fillers that say nothing about the subject. */
    public static final Set<String> STOP_WORDS = Set.of("怎么", "怎样", "怎么样", "如何", "什么", "为什么", "为何", "哪些",
            "哪个", "哪里", "是否", "能否", "可以", "可不可以", "请问", "一下", "一般", "应该", "需要", "要", "吗", "呢", "吧", "啊",
            "的", "了", "和", "与", "及", "或", "在", "是", "有", "会", "能", "都", "就", "把", "被", "对", "时", "中", "后", "前",
            "用", "做", "呀", "么", "这个", "那个", "这", "那", "我", "我们", "你", "老师", "时候", "问题", "有没有", "多少",
            "还是", "怎么办", "办");

    private static final int MAX_TERM = 12;

    private final SmartChineseAnalyzer analyzer = new SmartChineseAnalyzer(CharArraySet.EMPTY_SET);
    private final Set<String> dictionary;
    private final Map<String, String> synonyms;
    private final int longest;

    /** A segmenter that keeps the given domain terms whole (normalised as texts are; blanks and long terms skipped). */
    public ChineseSegmenter(Collection<String> domainTerms) {
        this(domainTerms, Map.of());
    }

    /**
     * As {@link #ChineseSegmenter(Collection)}, and every term found in {@code synonyms} (variant → preferred term, e.g.
     * 褥疮 → 压疮, 回零 → 回参考点) is replaced by its preferred term; variants are kept whole like domain terms.
     */
    public ChineseSegmenter(Collection<String> domainTerms, Map<String, String> synonyms) {
        Set<String> terms = new TreeSet<>();
        Map<String, String> preferred = new HashMap<>();
        synonyms.forEach((variant, term) -> preferred.put(compact(variant), compact(term)));
        for (String term : domainTerms) {
            String t = compact(term);
            if (t.codePointCount(0, t.length()) >= 2 && t.length() <= MAX_TERM) {
                terms.add(t);
            }
        }
        preferred.keySet().stream().filter(v -> v.codePointCount(0, v.length()) >= 2 && v.length() <= MAX_TERM)
                .forEach(terms::add);
        this.dictionary = Set.copyOf(terms);
        this.synonyms = Map.copyOf(preferred);
        this.longest = terms.stream().map(String::length).max(Comparator.naturalOrder()).orElse(0);
    }

    /** Whether the term is a domain term (or a synonym's variant, kept whole like one): domain terms weigh more. */
    public boolean isDomainTerm(String term) {
        return dictionary.contains(term);
    }

    /** The terms of the text, in order, repeats kept; empty for a blank text. */
    public List<String> terms(String text) {
        String s = normalise(text);
        List<String> out = new ArrayList<>();
        StringBuilder gap = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            String term = longestTermAt(s, i);
            if (term == null && isAsciiAlnum(s.charAt(i))) {
                int end = i;
                while (end < s.length() && isAsciiAlnum(s.charAt(end))) {
                    end++;
                }
                term = s.substring(i, end);
            }
            if (term == null) {
                gap.append(s.charAt(i));
                i++;
            } else {
                segment(gap.toString(), out);
                gap.setLength(0);
                out.add(synonyms.getOrDefault(term, term));
                i += term.length();
            }
        }
        segment(gap.toString(), out);
        return out;
    }

    /** The terms joined by single spaces (what is stored and handed to PostgreSQL's 'simple' text search). */
    public String joined(String text) {
        return String.join(" ", terms(text));
    }

    /** NFKC, lower case, every character that is not a letter or digit turned into a space. */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder kept = new StringBuilder(folded.length());
        folded.codePoints().forEach(c -> kept.appendCodePoint(Character.isLetterOrDigit(c) ? c : ' '));
        return kept.toString();
    }

    private static String compact(String term) {
        return normalise(term).replace(" ", "");
    }

    private static boolean isAsciiAlnum(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    private String longestTermAt(String s, int from) {
        for (int end = Math.min(s.length(), from + longest); end >= from + 2; end--) {
            String candidate = s.substring(from, end);
            if (dictionary.contains(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private void segment(String gap, List<String> out) {
        if (gap.isBlank()) {
            return;
        }
        try (TokenStream stream = analyzer.tokenStream("t", gap)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String t = term.toString();
                if (keep(t)) {
                    out.add(synonyms.getOrDefault(t, t));
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean keep(String term) {
        if (term.isBlank() || STOP_WORDS.contains(term) || term.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return false;
        }
        int cp = term.codePointAt(0);
        boolean han = Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
        return !(han && term.codePointCount(0, term.length()) == 1 && isFunctionChar(term));
    }

    private static boolean isFunctionChar(String term) {
        return "的了吗呢吧啊呀么和与及或在是有会能都就把被对时中后前用做要这那我你他她它哪个些怎如何请".contains(term);
    }
}
