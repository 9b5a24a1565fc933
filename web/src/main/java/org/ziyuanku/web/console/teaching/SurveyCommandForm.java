package org.ziyuanku.web.console.teaching;

import java.util.List;
import org.ziyuanku.service.teaching.SurveyCommand;
import org.ziyuanku.service.teaching.SurveyItemCommand;
import org.ziyuanku.service.teaching.SurveyView;

/** The settings of a new survey as typed on console/teaching/surveys.xhtml, and a survey's command to re-save it. */
public class SurveyCommandForm extends ClassTitledForm {

    private static final long serialVersionUID = 1L;

    private String kind = "VOTE";
    private String description;
    private boolean anonymous;
    private boolean resultsVisible = true;
    private boolean changeable;

    SurveyCommand command(List<SurveyItemCommand> items) {
        return new SurveyCommand(target(), kind, getTitle(), description, anonymous, resultsVisible, changeable, null,
                null, items);
    }

    /** The survey's items as commands. */
    static List<SurveyItemCommand> items(SurveyView survey) {
        return survey.items().stream().map(i -> new SurveyItemCommand(i.kind(), i.prompt(), i.options(),
                i.maxChoices(), i.scaleMax(), i.lowLabel(), i.highLabel())).toList();
    }

    /** The survey's settings with other items. */
    static SurveyCommand of(SurveyView s, List<SurveyItemCommand> items) {
        return new SurveyCommand(s.classId(), s.kind(), s.title(), s.description(), s.anonymous(), s.resultsVisible(),
                s.changeable(), s.opensAt(), s.closesAt(), items);
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public void setAnonymous(boolean anonymous) {
        this.anonymous = anonymous;
    }

    public boolean isResultsVisible() {
        return resultsVisible;
    }

    public void setResultsVisible(boolean resultsVisible) {
        this.resultsVisible = resultsVisible;
    }

    public boolean isChangeable() {
        return changeable;
    }

    public void setChangeable(boolean changeable) {
        this.changeable = changeable;
    }
}
