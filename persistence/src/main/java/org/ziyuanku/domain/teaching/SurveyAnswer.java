package org.ziyuanku.domain.teaching;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One value of a response to one item: a ticked option (one row per option of a multiple choice), a scale value or a
 * free text.
 */
@Embeddable
public class SurveyAnswer {

    @Column(name = "item_index", nullable = false)
    private int itemIndex;

    @Column(name = "choice_index")
    private Integer choiceIndex;

    @Column(name = "scale_value")
    private Integer scaleValue;

    @Column(name = "text_value", length = 2000)
    private String textValue;

    protected SurveyAnswer() {
    }

    public SurveyAnswer(int itemIndex, Integer choiceIndex, Integer scaleValue, String textValue) {
        this.itemIndex = itemIndex;
        this.choiceIndex = choiceIndex;
        this.scaleValue = scaleValue;
        this.textValue = textValue;
    }

    public int getItemIndex() {
        return itemIndex;
    }

    public Integer getChoiceIndex() {
        return choiceIndex;
    }

    public Integer getScaleValue() {
        return scaleValue;
    }

    public String getTextValue() {
        return textValue;
    }
}
