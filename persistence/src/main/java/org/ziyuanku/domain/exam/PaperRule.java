package org.ziyuanku.domain.exam;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;

/**
 * A rule of a RANDOM paper: {@link #getCount()} questions of the type, with the knowledge point and within the
 * difficulty range when they are given, each worth {@link #getPoints()}.
 */
@Embeddable
public class PaperRule {

    @Enumerated(EnumType.STRING)
    @Column(name = "question_type", nullable = false, length = 16)
    private QuestionType type;

    @Column(name = "knowledge_point", length = Question.MAX_KNOWLEDGE_POINT)
    private String knowledgePoint;

    @Column(name = "difficulty_min")
    private Integer difficultyMin;

    @Column(name = "difficulty_max")
    private Integer difficultyMax;

    @Column(name = "how_many", nullable = false)
    private int count;

    @Column(nullable = false, precision = 5, scale = 1)
    private BigDecimal points;

    protected PaperRule() {
    }

    public PaperRule(QuestionType type, String knowledgePoint, Integer difficultyMin, Integer difficultyMax, int count,
            BigDecimal points) {
        this.type = type;
        this.knowledgePoint = knowledgePoint;
        this.difficultyMin = difficultyMin;
        this.difficultyMax = difficultyMax;
        this.count = count;
        this.points = points;
    }

    public QuestionType getType() {
        return type;
    }

    public String getKnowledgePoint() {
        return knowledgePoint;
    }

    public Integer getDifficultyMin() {
        return difficultyMin;
    }

    public Integer getDifficultyMax() {
        return difficultyMax;
    }

    public int getCount() {
        return count;
    }

    public BigDecimal getPoints() {
        return points;
    }
}
