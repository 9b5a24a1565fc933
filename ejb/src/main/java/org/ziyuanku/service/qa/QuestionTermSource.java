package org.ziyuanku.service.qa;

import java.util.Collection;
import java.util.Map;

/**
 * A source of domain terms the similar-question segmenter keeps whole (its user dictionary). Every CDI bean of this
 * type contributes: the bundled welding, CNC, electrical, nursing and e-commerce terms
 * ({@code internal.BundledQuestionTerms}), and the knowledge graph's knowledge-point names once it offers them.
 * Terms are read once per node at first use, so every source must answer the same on every node.
 */
public interface QuestionTermSource {

    /** The terms, in any order; blanks and one-character terms are ignored. */
    Collection<String> terms();

    /** Variants matched as their preferred term (variant → preferred, e.g. 褥疮 → 压疮); none by default. */
    default Map<String, String> synonyms() {
        return Map.of();
    }
}
