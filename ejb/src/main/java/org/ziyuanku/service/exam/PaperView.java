package org.ziyuanku.service.exam;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.ziyuanku.domain.exam.PaperKind;

/**
 * A paper as its readers see it: a FIXED paper's questions with their points, a RANDOM paper's rules; how many
 * questions a learner's paper has and their total points; whether the caller may delete it.
 */
public record PaperView(long id, long libraryId, String title, PaperKind kind, long authorId,
        List<PaperDraft.Item> questions, List<PaperDrawer.Rule> rules, int questionCount, BigDecimal totalPoints,
        boolean mayChange, LocalDateTime createdAt, LocalDateTime updatedAt) implements Serializable {

    private static final long serialVersionUID = 1L;

    public PaperView {
        questions = List.copyOf(questions);
        rules = List.copyOf(rules);
    }
}
