package org.ziyuanku.web.api.v1.exam;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.ziyuanku.service.exam.AnswerKey;
import org.ziyuanku.service.exam.QuestionView;

/**
 * A question of the bank in the API, key included (only those who work in its library see it); images in texts are
 * addressed {@code /api/v1/questions/images/{sha256}}. {@code mayChange}: the caller may update or delete it.
 * {@code status}: its review state (DRAFT, IN_REVIEW, RETURNED, PUBLISHED = approved, ARCHIVED); {@code revisionOf}:
 * the approved question this is the pending new version of; {@code revision}: its version number.
 */
public record QuestionDto(long id, long libraryId, String type, String stem, List<String> options,
        List<String> prompts, KeyDto key, String analysis, int difficulty, BigDecimal points,
        List<String> knowledgePoints, List<QuestionDto> parts, String status, long authorId, String fingerprint,
        LocalDateTime createdAt, LocalDateTime updatedAt, int version, boolean mayChange, Long revisionOf,
        int revision) {

    /** The answer key (see {@code AnswerKey}). */
    public record KeyDto(List<Integer> correct, Boolean truth, List<List<String>> blanks, String scoring,
            String reference) {

        static KeyDto of(AnswerKey k) {
            return new KeyDto(k.correct(), k.truth(), k.blanks(), k.scoring() == null ? null : k.scoring().name(),
                    k.reference());
        }
    }

    public static QuestionDto of(QuestionView q) {
        return new QuestionDto(q.id(), q.libraryId(), q.type().name(), q.stem(), q.options(), q.prompts(),
                KeyDto.of(q.key()), q.analysis(), q.difficulty(), q.points(), q.knowledgePoints(),
                q.parts().stream().map(QuestionDto::of).toList(), q.status().name(), q.authorId(), q.fingerprint(),
                q.createdAt(), q.updatedAt(), q.version(), q.mayChange(), q.revisionOf(), q.revision());
    }
}
