package org.ziyuanku.web.console.exam;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.ziyuanku.domain.exam.QuestionType;
import org.ziyuanku.service.exam.PaperDraw;
import org.ziyuanku.service.exam.QuestionView;

/** A drawn question as the paper preview shows it: its options in the order drawn for this learner, its points. */
public record PaperPreviewRow(QuestionType type, String stem, List<String> options, BigDecimal points)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    static PaperPreviewRow of(PaperDraw.Drawn drawn, QuestionView question) {
        List<String> options = drawn.optionOrder().isEmpty() ? question.options()
                : drawn.optionOrder().stream().map(question.options()::get).toList();
        return new PaperPreviewRow(question.type(), question.stem(), options, drawn.points());
    }
}
