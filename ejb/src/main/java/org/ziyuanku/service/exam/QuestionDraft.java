package org.ziyuanku.service.exam;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.ziyuanku.domain.exam.QuestionType;

/**
 * A question as read from a file or a form, before it is stored, and as written to an export file.
 *
 * <p>Texts ({@code stem}, each option and prompt, {@code analysis}) are rich text: a small HTML subset (p, br, b,
 * strong, i, em, u, sub, sup, ul, ol, li, table parts, img) that the bank sanitises when it stores them, with formulas
 * in TeX between {@code \( \)} or {@code $$ $$}. An image of a draft is written {@code <img src="zyk-draft:NAME">} and
 * its bytes travel in {@code images} under that NAME; the bank stores the bytes in the blob store and rewrites the
 * address.
 *
 * <p>Which parts each type uses:
 * <ul>
 * <li>SINGLE_CHOICE, MULTIPLE_CHOICE: {@code options} (A, B, … in order), {@code key.correct()} the indexes (0-based)
 *     of the correct options, {@code key.scoring()} for multiple choice;</li>
 * <li>TRUE_FALSE: {@code key.truth()};</li>
 * <li>FILL_BLANK: {@code key.blanks()}, per blank (in the order of the blanks in the stem) its accepted answers; a
 *     blank in the stem is written {@code ____} (four or more underscores) or {@code （）};</li>
 * <li>SHORT_ANSWER: {@code key.reference()}, the reference answer for the grader;</li>
 * <li>MATCHING: {@code prompts} (left), {@code options} (right), {@code key.correct()}: for prompt i the index of its
 *     option;</li>
 * <li>ORDERING: {@code options} in their correct order (shown shuffled);</li>
 * <li>COMPOUND: {@code parts}, the sub-questions (none of them compound), each with its own points.</li>
 * </ul>
 *
 * @param difficulty 1 (easy) to 5 (hard), or null when the source does not say (the bank stores 3)
 * @param points the question's points, or null when the source does not say (the bank uses its type's default)
 */
public record QuestionDraft(QuestionType type, String stem, List<String> options, List<String> prompts,
        AnswerKey key, String analysis, Integer difficulty, List<String> knowledgePoints, BigDecimal points,
        List<QuestionDraft> parts, List<DraftImage> images) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Null lists become empty and every list is copied, so a draft never changes after it is made. */
    public QuestionDraft {
        options = options == null ? List.of() : List.copyOf(options);
        prompts = prompts == null ? List.of() : List.copyOf(prompts);
        knowledgePoints = knowledgePoints == null ? List.of() : List.copyOf(knowledgePoints);
        parts = parts == null ? List.of() : List.copyOf(parts);
        images = images == null ? List.of() : List.copyOf(images);
        key = key == null ? AnswerKey.none() : key;
        analysis = analysis == null ? "" : analysis;
    }
}
