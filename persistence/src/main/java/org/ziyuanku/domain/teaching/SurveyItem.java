package org.ziyuanku.domain.teaching;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Arrays;
import java.util.List;

/**
 * One item of a survey: its prompt and, for choice items, the options (stored one per line, so an option holds no line
 * break) and the most a learner may tick; for a scale its top value and end labels.
 */
@Embeddable
public class SurveyItem {

    @Enumerated(EnumType.STRING)
    @Column(name = "item_kind", nullable = false)
    private SurveyItemKind kind;

    @Column(nullable = false, length = 500)
    private String prompt;

    @Column(length = 4200)
    private String options;

    @Column(name = "max_choices")
    private Integer maxChoices;

    @Column(name = "scale_max")
    private Integer scaleMax;

    @Column(name = "low_label", length = 50)
    private String lowLabel;

    @Column(name = "high_label", length = 50)
    private String highLabel;

    protected SurveyItem() {
    }

    public SurveyItem(SurveyItemKind kind, String prompt, List<String> options, Integer maxChoices, Integer scaleMax,
            String lowLabel, String highLabel) {
        this.kind = kind;
        this.prompt = prompt;
        this.options = options == null || options.isEmpty() ? null : String.join("\n", options);
        this.maxChoices = maxChoices;
        this.scaleMax = scaleMax;
        this.lowLabel = lowLabel;
        this.highLabel = highLabel;
    }

    public SurveyItemKind getKind() {
        return kind;
    }

    public String getPrompt() {
        return prompt;
    }

    public List<String> getOptions() {
        return options == null ? List.of() : Arrays.asList(options.split("\n", -1));
    }

    public Integer getMaxChoices() {
        return maxChoices;
    }

    public Integer getScaleMax() {
        return scaleMax;
    }

    public String getLowLabel() {
        return lowLabel;
    }

    public String getHighLabel() {
        return highLabel;
    }
}
