package org.ziyuanku.service.exam;

import java.io.Serializable;
import org.ziyuanku.domain.exam.QuestionStatus;
import org.ziyuanku.domain.exam.QuestionType;

/**
 * Which questions of a library to list (top-level questions only; sub-questions come with their compound question):
 * every criterion but the library is optional (null); {@code text} is a part of the stem, {@code knowledgePoint} one
 * of its knowledge points exactly. {@code page} from 0, {@code size} 1–100 (wrong values are brought into range).
 */
public record QuestionSearch(long libraryId, QuestionType type, Integer difficulty, String knowledgePoint,
        String text, QuestionStatus status, int page, int size) implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int MAX_SIZE = 100;

    public QuestionSearch {
        page = Math.max(0, page);
        size = Math.min(MAX_SIZE, Math.max(1, size));
        text = text == null || text.isBlank() ? null : text.strip();
        knowledgePoint = knowledgePoint == null || knowledgePoint.isBlank() ? null : knowledgePoint.strip();
    }

    /** Every question of the library, first page of the largest size. */
    public static QuestionSearch all(long libraryId) {
        return new QuestionSearch(libraryId, null, null, null, null, null, 0, MAX_SIZE);
    }
}
