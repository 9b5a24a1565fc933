package org.ziyuanku.web.console.teaching;

import java.io.Serializable;
import java.util.List;
import org.ziyuanku.service.teaching.SurveyCommand;
import org.ziyuanku.service.teaching.SurveyItemCommand;
import org.ziyuanku.service.teaching.SurveyView;

/** The settings of a new survey as typed on console/teaching/surveys.xhtml, and a survey's command to re-save it. */
public class SurveyCommandForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String classId = "";
    private String kind = "VOTE";
    private String title;
    private String description;
    private boolean anonymous;
    private boolean resultsVisible = true;
    private boolean changeable;

    SurveyCommand command(List<SurveyItemCommand> items) {
        Long target = TeachingPages.classOrAll(classId);
        return new SurveyCommand(target, kind, title, description, anonymous, resultsVisible, changeable, null, null,
                items);
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

    public String getClassId() {
        return classId;
    }

    public void setClassId(String classId) {
        this.classId = classId;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
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
