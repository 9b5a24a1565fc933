package org.ziyuanku.domain.exam;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * What a {@link Question} says, already checked and sanitised by the service: texts, difficulty (1–5), points,
 * multiple-choice scoring, key, fingerprint, and the SHA-256 of every image its texts show.
 */
public record QuestionContent(String stem, List<String> options, List<String> prompts, String analysis,
        int difficulty, BigDecimal points, ChoiceScoring scoring, QuestionKey key, List<String> knowledgePoints,
        String fingerprint, Set<String> images) {

    public QuestionContent {
        options = List.copyOf(options);
        prompts = List.copyOf(prompts);
        knowledgePoints = List.copyOf(knowledgePoints);
        images = Set.copyOf(images);
    }
}
