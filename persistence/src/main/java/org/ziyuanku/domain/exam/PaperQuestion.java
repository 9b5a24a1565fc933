package org.ziyuanku.domain.exam;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** A question of a FIXED paper and the points it is worth there. */
@Embeddable
public class PaperQuestion {

    @Column(name = "question_id", nullable = false)
    private long questionId;

    @Column(nullable = false, precision = 5, scale = 1)
    private BigDecimal points;

    protected PaperQuestion() {
    }

    public PaperQuestion(long questionId, BigDecimal points) {
        this.questionId = questionId;
        this.points = points;
    }

    public long getQuestionId() {
        return questionId;
    }

    public BigDecimal getPoints() {
        return points;
    }
}
