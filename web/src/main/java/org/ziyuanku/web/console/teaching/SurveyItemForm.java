package org.ziyuanku.web.console.teaching;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.ziyuanku.service.teaching.SurveyItemCommand;

/** The fields of one survey item as typed on console/teaching/surveys.xhtml: options one per line. */
public class SurveyItemForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String kind = "SINGLE";
    private String prompt;
    private String options;
    private String maxChoices;
    private String scaleMax = "5";
    private String lowLabel;
    private String highLabel;

    /** The item; numbers that are not numbers count as absent, so the service names what is missing. */
    SurveyItemCommand command() {
        List<String> lines = options == null ? List.of() : Arrays.stream(options.split("\\R")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        return new SurveyItemCommand(kind, prompt, lines, number(maxChoices), number(scaleMax), lowLabel, highLabel);
    }

    private static Integer number(String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getPrompt() {
        return prompt;
    }

    public void setPrompt(String prompt) {
        this.prompt = prompt;
    }

    public String getOptions() {
        return options;
    }

    public void setOptions(String options) {
        this.options = options;
    }

    public String getMaxChoices() {
        return maxChoices;
    }

    public void setMaxChoices(String maxChoices) {
        this.maxChoices = maxChoices;
    }

    public String getScaleMax() {
        return scaleMax;
    }

    public void setScaleMax(String scaleMax) {
        this.scaleMax = scaleMax;
    }

    public String getLowLabel() {
        return lowLabel;
    }

    public void setLowLabel(String lowLabel) {
        this.lowLabel = lowLabel;
    }

    public String getHighLabel() {
        return highLabel;
    }

    public void setHighLabel(String highLabel) {
        this.highLabel = highLabel;
    }
}
