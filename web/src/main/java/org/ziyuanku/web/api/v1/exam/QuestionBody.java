package org.ziyuanku.web.api.v1.exam;

import java.math.BigDecimal;
import java.util.Base64;
import java.util.List;
import org.ziyuanku.domain.exam.ChoiceScoring;
import org.ziyuanku.domain.exam.QuestionType;
import org.ziyuanku.service.exam.AnswerKey;
import org.ziyuanku.service.exam.DraftImage;
import org.ziyuanku.service.exam.QuestionDraft;
import org.ziyuanku.web.api.BadParameterException;
import org.ziyuanku.web.api.QueryParameters;

/**
 * A question as the API takes it ({@code POST} also {@code libraryId}): {@code type} one of the {@link QuestionType}
 * names; {@code stem}, {@code options}, {@code prompts}, {@code analysis} rich text (the subset of
 * {@link QuestionDraft}) with TeX formulas; {@code key} as {@link KeyBody}; {@code difficulty} 1–5; {@code points};
 * {@code knowledgePoints}; {@code parts} (a compound question's sub-questions); {@code images}: the bytes of the
 * {@code <img src="zyk-draft:NAME">} images, Base64 (the whole body is at most 1 MiB).
 */
public record QuestionBody(Long libraryId, String type, String stem, List<String> options, List<String> prompts,
        KeyBody key, String analysis, Integer difficulty, BigDecimal points, List<String> knowledgePoints,
        List<QuestionBody> parts, List<ImageBody> images) {

    /** The answer key: see {@link AnswerKey}; {@code scoring} ALL_OR_NOTHING or PARTIAL. */
    public record KeyBody(List<Integer> correct, Boolean truth, List<List<String>> blanks, String scoring,
            String reference) {
    }

    /** An image of the draft: {@code name} as in {@code zyk-draft:NAME}, {@code mediaType}, Base64 {@code data}. */
    public record ImageBody(String name, String mediaType, String data) {
    }

    /** The body as a draft. @throws BadParameterException for an unknown type or scoring, or bad Base64 */
    public QuestionDraft draft() {
        QuestionType questionType = QueryParameters.enumValue("type", type, QuestionType.class,
                "api.error.unknownQuestionType");
        if (questionType == null) {
            throw new BadParameterException("type", "", "api.error.required");
        }
        AnswerKey answer = key == null ? null : new AnswerKey(key.correct(), key.truth(), key.blanks(),
                QueryParameters.enumValue("scoring", key.scoring(), ChoiceScoring.class, "api.error.unknownScoring"),
                key.reference());
        return new QuestionDraft(questionType, stem, options, prompts, answer, analysis, difficulty, knowledgePoints,
                points, parts == null ? null : parts.stream().map(QuestionBody::draft).toList(),
                images == null ? null : images.stream().map(QuestionBody::image).toList());
    }

    private static DraftImage image(ImageBody image) {
        if (image == null || image.name() == null || image.data() == null) {
            throw new BadParameterException("images", "", "api.error.required");
        }
        try {
            return new DraftImage(image.name(), image.mediaType(), Base64.getMimeDecoder().decode(image.data()));
        } catch (IllegalArgumentException e) {
            throw new BadParameterException("images", image.name(), "api.error.notBase64");
        }
    }
}
