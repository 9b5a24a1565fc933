package org.ziyuanku.service.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.ziyuanku.service.review.internal.SensitiveWordMatcher;
import org.ziyuanku.service.review.internal.SensitiveWordRepository;
import org.ziyuanku.service.review.internal.SensitiveWordRepository.Fingerprint;

/**
 * The one sensitive-word screen (敏感词筛查) of every text users write: a submission's title, description, keywords and
 * extracted text, a resource's attributes when it is uploaded or described, and whatever later contexts take
 * (comments, discussions, questions), each attributed to its field. Words and texts are normalised alike ({@link
 * org.ziyuanku.service.review.internal.SensitiveWordNormaliser}: NFKC, case, invisible characters, blanks and
 * punctuation between Chinese characters, traditional characters), so none of these hides a word. No security of its
 * own; it reads in the caller's transaction. The automaton is kept between calls only together with the dictionary's
 * fingerprint (count, highest id, latest change), which is read from the database on every call, so every cluster
 * node screens with the dictionary as it is now.
 */
@ApplicationScoped
public class SensitiveWordScreening {

    private record Built(Fingerprint fingerprint, SensitiveWordMatcher matcher) {
    }

    private final AtomicReference<Built> built = new AtomicReference<>();

    @Inject
    private SensitiveWordRepository words;

    /**
     * The dictionary words found in the texts: blocking words (the submission must stop and show them) and flagged
     * words (shown to the reviewer), each per field with its number of occurrences. Case and full-width forms are
     * folded; a word inside a longer one counts for both.
     */
    public ScreeningResult screen(List<ScreenedText> texts) {
        if (texts == null || texts.isEmpty()) {
            return new ScreeningResult(List.of(), List.of());
        }
        return matcher().screen(texts);
    }

    /**
     * Screens text a user is about to store: blocked words refuse it, flagged words let it pass (the answer names
     * them; review screens again at submission and marks them for the reviewer).
     *
     * @throws SensitiveWordBlockedException naming the blocked words found, in the order found
     */
    public ScreeningResult refuseBlocked(List<ScreenedText> texts) {
        ScreeningResult result = screen(texts);
        if (result.isBlocked()) {
            throw new SensitiveWordBlockedException(String.join("、", result.blockedWords()));
        }
        return result;
    }

    /**
     * The text cut into plain and flagged segments for display: the longest of overlapping words wins, segments never
     * overlap, and joined they give the original text unchanged; a word written with blanks, punctuation or invisible
     * characters between its characters, or in traditional characters, is marked as it stands in the original.
     */
    public static List<TextSegment> highlight(String text, Collection<String> words) {
        return SensitiveWordMatcher.highlight(text, words);
    }

    private SensitiveWordMatcher matcher() {
        Fingerprint now = words.fingerprint();
        Built current = built.get();
        if (current != null && current.fingerprint().equals(now)) {
            return current.matcher();
        }
        Built fresh = new Built(now, SensitiveWordMatcher.of(words.dictionary()));
        built.set(fresh);
        return fresh.matcher();
    }
}
