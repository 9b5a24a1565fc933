package org.ziyuanku.service.qa.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ziyuanku.infrastructure.text.ChineseSegmenter;
import org.ziyuanku.service.qa.QuestionTermSource;

/**
 * The node's segmenter for question titles, built at first use from every {@link QuestionTermSource} (the same
 * sources on every node, so every node stores and matches the same terms).
 */
@ApplicationScoped
public class QuestionSegmenter {

    @Inject
    private Instance<QuestionTermSource> sources;

    private volatile ChineseSegmenter segmenter;

    /** The title's search terms, space-joined. */
    public String terms(String title) {
        return segmenter().joined(title);
    }

    /** Whether the term is one of the domain terms (it weighs more when ranking). */
    public boolean isDomainTerm(String term) {
        return segmenter().isDomainTerm(term);
    }

    private ChineseSegmenter segmenter() {
        ChineseSegmenter s = segmenter;
        if (s == null) {
            List<String> terms = new ArrayList<>();
            Map<String, String> synonyms = new HashMap<>();
            for (QuestionTermSource source : sources) {
                terms.addAll(source.terms());
                synonyms.putAll(source.synonyms());
            }
            s = new ChineseSegmenter(terms, synonyms);
            segmenter = s;
        }
        return s;
    }
}
