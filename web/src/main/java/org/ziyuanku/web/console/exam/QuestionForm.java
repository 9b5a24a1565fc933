package org.ziyuanku.web.console.exam;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.ziyuanku.domain.exam.ChoiceScoring;
import org.ziyuanku.domain.exam.QuestionType;
import org.ziyuanku.service.exam.AnswerKey;
import org.ziyuanku.service.exam.QuestionDraft;
import org.ziyuanku.service.exam.QuestionView;

/**
 * The console's question form, for the types it edits (single and multiple choice, true/false, fill-in, short answer):
 * options one per line, the correct ones as letters ("B", "A,C"), a fill-in's accepted answers one line per blank with
 * alternatives separated by "|", knowledge points separated by commas. Matching, ordering and compound questions come
 * through the REST interface or an import.
 */
public class QuestionForm implements Serializable {

    public static final List<QuestionType> EDITABLE = List.of(QuestionType.SINGLE_CHOICE,
            QuestionType.MULTIPLE_CHOICE, QuestionType.TRUE_FALSE, QuestionType.FILL_BLANK, QuestionType.SHORT_ANSWER);

    private static final long serialVersionUID = 1L;

    private QuestionType type = QuestionType.SINGLE_CHOICE;
    private String stem;
    private String options;
    private String correct;
    private Boolean truth;
    private String blanks;
    private ChoiceScoring scoring = ChoiceScoring.ALL_OR_NOTHING;
    private String reference;
    private String analysis;
    private Integer difficulty = 3;
    private BigDecimal points;
    private String knowledgePoints;

    QuestionDraft draft() {
        List<String> optionList = type == QuestionType.SINGLE_CHOICE || type == QuestionType.MULTIPLE_CHOICE
                ? lines(options) : List.of();
        AnswerKey key = switch (type) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> AnswerKey.choices(letters(correct), scoring);
            case TRUE_FALSE -> truth == null ? AnswerKey.none() : AnswerKey.truth(truth);
            case FILL_BLANK -> AnswerKey.blanks(lines(blanks).stream()
                    .map(l -> Arrays.stream(l.split("[|｜]")).map(String::strip).toList()).toList());
            default -> AnswerKey.reference(reference);
        };
        return new QuestionDraft(type, stem, optionList, null, key, analysis, difficulty,
                split(knowledgePoints), points, null, null);
    }

    /** The form filled from a stored question (of an editable type). */
    void fill(QuestionView q) {
        type = q.type();
        stem = q.stem();
        options = String.join("\n", q.options());
        correct = String.join(",", q.key().correct().stream().map(i -> String.valueOf((char) ('A' + i))).toList());
        truth = q.key().truth();
        blanks = String.join("\n", q.key().blanks().stream().map(b -> String.join("|", b)).toList());
        scoring = q.key().scoring() == null ? ChoiceScoring.ALL_OR_NOTHING : q.key().scoring();
        reference = q.key().reference();
        analysis = q.analysis();
        difficulty = q.difficulty();
        points = q.points();
        knowledgePoints = String.join(", ", q.knowledgePoints());
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static List<String> split(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[,，、;；]")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    /** "A,C" → [0, 2]; anything that is not a letter A–Z names no option (index -1, refused by the bank). */
    private static List<Integer> letters(String text) {
        List<Integer> indexes = new ArrayList<>();
        for (String part : split(text == null ? "" : text.replaceAll("\\s+", ",").toUpperCase(Locale.ROOT))) {
            for (char c : part.toCharArray()) {
                indexes.add(c >= 'A' && c <= 'Z' ? c - 'A' : -1);
            }
        }
        return indexes;
    }

    public QuestionType getType() {
        return type;
    }

    public void setType(QuestionType type) {
        this.type = type;
    }

    public String getStem() {
        return stem;
    }

    public void setStem(String stem) {
        this.stem = stem;
    }

    public String getOptions() {
        return options;
    }

    public void setOptions(String options) {
        this.options = options;
    }

    public String getCorrect() {
        return correct;
    }

    public void setCorrect(String correct) {
        this.correct = correct;
    }

    public Boolean getTruth() {
        return truth;
    }

    public void setTruth(Boolean truth) {
        this.truth = truth;
    }

    public String getBlanks() {
        return blanks;
    }

    public void setBlanks(String blanks) {
        this.blanks = blanks;
    }

    public ChoiceScoring getScoring() {
        return scoring;
    }

    public void setScoring(ChoiceScoring scoring) {
        this.scoring = scoring;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getAnalysis() {
        return analysis;
    }

    public void setAnalysis(String analysis) {
        this.analysis = analysis;
    }

    public Integer getDifficulty() {
        return difficulty;
    }

    public void setDifficulty(Integer difficulty) {
        this.difficulty = difficulty;
    }

    public BigDecimal getPoints() {
        return points;
    }

    public void setPoints(BigDecimal points) {
        this.points = points;
    }

    public String getKnowledgePoints() {
        return knowledgePoints;
    }

    public void setKnowledgePoints(String knowledgePoints) {
        this.knowledgePoints = knowledgePoints;
    }
}
