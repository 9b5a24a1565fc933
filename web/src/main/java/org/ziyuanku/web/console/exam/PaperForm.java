package org.ziyuanku.web.console.exam;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.ziyuanku.domain.exam.PaperKind;
import org.ziyuanku.domain.exam.QuestionType;
import org.ziyuanku.service.exam.PaperDraft;
import org.ziyuanku.service.exam.QuestionView;

/**
 * The two paper forms of console/exam/papers.xhtml: a RANDOM paper's title and rule rows, and a FIXED paper's title,
 * the questions picked from the bank and one points value for them all (each question's own points when empty).
 * Values only; the service checks them.
 */
public class PaperForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String randomTitle;
    private final List<RuleRow> rules = new ArrayList<>(List.of(new RuleRow()));
    private String fixedTitle;
    private List<QuestionView> picked = new ArrayList<>();
    private BigDecimal fixedPoints;

    /** A rule row as typed. */
    public static class RuleRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private QuestionType type = QuestionType.SINGLE_CHOICE;
        private String knowledgePoint;
        private Integer difficultyMin;
        private Integer difficultyMax;
        private Integer count = 1;
        private BigDecimal points = BigDecimal.valueOf(2);

        PaperDraft.RuleDraft draft() {
            return new PaperDraft.RuleDraft(type, knowledgePoint == null || knowledgePoint.isBlank() ? null
                    : knowledgePoint.strip(), difficultyMin, difficultyMax, count, points);
        }

        public QuestionType getType() {
            return type;
        }

        public void setType(QuestionType type) {
            this.type = type;
        }

        public String getKnowledgePoint() {
            return knowledgePoint;
        }

        public void setKnowledgePoint(String knowledgePoint) {
            this.knowledgePoint = knowledgePoint;
        }

        public Integer getDifficultyMin() {
            return difficultyMin;
        }

        public void setDifficultyMin(Integer difficultyMin) {
            this.difficultyMin = difficultyMin;
        }

        public Integer getDifficultyMax() {
            return difficultyMax;
        }

        public void setDifficultyMax(Integer difficultyMax) {
            this.difficultyMax = difficultyMax;
        }

        public Integer getCount() {
            return count;
        }

        public void setCount(Integer count) {
            this.count = count;
        }

        public BigDecimal getPoints() {
            return points;
        }

        public void setPoints(BigDecimal points) {
            this.points = points;
        }
    }

    PaperDraft random() {
        return new PaperDraft(randomTitle, PaperKind.RANDOM, List.of(), rules.stream().map(RuleRow::draft).toList());
    }

    PaperDraft fixed() {
        return new PaperDraft(fixedTitle, PaperKind.FIXED,
                picked.stream().map(q -> new PaperDraft.Item(q.id(), fixedPoints)).toList(), List.of());
    }

    public List<QuestionType> getTypes() {
        return List.of(QuestionType.values());
    }

    public List<Integer> getLevels() {
        return List.of(1, 2, 3, 4, 5);
    }

    public void addRule() {
        rules.add(new RuleRow());
    }

    public void removeRule(int index) {
        if (index >= 0 && index < rules.size() && rules.size() > 1) {
            rules.remove(index);
        }
    }

    public List<RuleRow> getRules() {
        return rules;
    }

    public String getRandomTitle() {
        return randomTitle;
    }

    public void setRandomTitle(String randomTitle) {
        this.randomTitle = randomTitle;
    }

    public String getFixedTitle() {
        return fixedTitle;
    }

    public void setFixedTitle(String fixedTitle) {
        this.fixedTitle = fixedTitle;
    }

    public List<QuestionView> getPicked() {
        return picked;
    }

    public void setPicked(List<QuestionView> picked) {
        this.picked = picked == null ? new ArrayList<>() : new ArrayList<>(picked);
    }

    public BigDecimal getFixedPoints() {
        return fixedPoints;
    }

    public void setFixedPoints(BigDecimal fixedPoints) {
        this.fixedPoints = fixedPoints;
    }
}
