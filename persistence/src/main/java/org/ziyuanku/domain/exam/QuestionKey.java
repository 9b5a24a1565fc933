package org.ziyuanku.domain.exam;

import java.io.Serializable;
import java.util.List;

/**
 * A stored question's correct answer, kept as one JSON text in {@code question.answer_key} by
 * {@link QuestionKeyConverter}: {@code {"correct":[0,2],"truth":true,"blanks":[["CO2","二氧化碳"]],"reference":"…"}}
 * (absent fields are empty or null). Which fields a type uses: choices {@code correct} (indexes of the correct
 * options); matching {@code correct} (for prompt i the index of its option); true/false {@code truth}; fill-blank
 * {@code blanks} (per blank its accepted answers); short answer {@code reference}; ordering and compound none (the
 * options are stored in their correct order; the parts carry their own keys). How a multiple choice scores is the
 * question's {@code scoring} column.
 */
public record QuestionKey(List<Integer> correct, Boolean truth, List<List<String>> blanks, String reference)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    public QuestionKey {
        correct = correct == null ? List.of() : List.copyOf(correct);
        blanks = blanks == null ? List.of() : blanks.stream().map(List::copyOf).toList();
    }
}
