package org.ziyuanku.web.console.learning;

import jakarta.ejb.EJB;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ziyuanku.service.teaching.SurveyAnswerCommand;
import org.ziyuanku.service.teaching.SurveyItemView;
import org.ziyuanku.service.teaching.SurveyResponseService;
import org.ziyuanku.service.teaching.SurveyResultsView;
import org.ziyuanku.service.teaching.SurveyService;
import org.ziyuanku.service.teaching.SurveyView;
import org.ziyuanku.web.faces.SubjectNotFoundException;

/**
 * The votes and questionnaires of a learner's course (console/learning/surveys.xhtml?offering=…): those open to
 * answer (a Faces POST per survey, then redirect) and, where the survey shows them after answering, the results.
 * Not enrolled, or no such offering: 404.
 */
@Named
@ViewScoped
public class LearningSurveysBean extends LearnerOfferingPage {

    private static final long serialVersionUID = 1L;

    @EJB
    private SurveyService surveys;

    @EJB
    private SurveyResponseService responses;

    private transient List<SurveyView> list;
    private final HashMap<String, Object> answers = new HashMap<>();
    private transient Map<Long, SurveyResultsView> results;

    public LearningSurveysBean() {
        super("surveys");
    }

    @Override
    protected void loadRows(long offeringId) {
        list = surveys.list(offeringId);
        results = new HashMap<>();
    }

    public List<SurveyView> getSurveys() {
        loaded();
        return list;
    }

    /** The results the learner may read, or null. */
    public SurveyResultsView resultsOf(SurveyView survey) {
        if (!survey.resultsReadable()) {
            return null;
        }
        getSurveys();
        return results.computeIfAbsent(survey.id(), responses::results);
    }

    /** Records the answers typed for the survey, then shows the page again (POST, redirect, GET). */
    public void respond(long surveyId) {
        SurveyView survey = getSurveys().stream().filter(s -> s.id() == surveyId).findFirst().orElseThrow(
                () -> new SubjectNotFoundException("survey " + surveyId));
        List<SurveyAnswerCommand> given = new ArrayList<>();
        for (int i = 0; i < survey.items().size(); i++) {
            SurveyAnswerCommand answer = answer(i, survey.items().get(i), answers.get(surveyId + "-" + i));
            if (answer != null) {
                given.add(answer);
            }
        }
        changeAndShowAgain(() -> responses.respond(surveyId, given), "learning.surveys.submitted");
    }

    private static SurveyAnswerCommand answer(int index, SurveyItemView item, Object value) {
        if ("TEXT".equals(item.kind())) {
            return value == null ? null : new SurveyAnswerCommand(index, null, null, value.toString());
        }
        List<Integer> numbers = numbers(value);
        if (numbers.isEmpty()) {
            return null;
        }
        return "SCALE".equals(item.kind()) ? new SurveyAnswerCommand(index, null, numbers.get(0), null)
                : new SurveyAnswerCommand(index, numbers, null, null);
    }

    private static List<Integer> numbers(Object value) {
        Collection<?> values = value instanceof Object[] array ? Arrays.asList(array)
                : value instanceof Collection<?> c ? c : value == null || value.toString().isBlank() ? List.of()
                : List.of(value);
        try {
            return values.stream().map(v -> Integer.valueOf(v.toString().strip())).toList();
        } catch (NumberFormatException e) {
            return List.of(-1);
        }
    }

    /** The choices of a choice item (values are option indexes) or of a scale (values 1..N, ends labelled). */
    public List<SelectItem> choices(SurveyItemView item) {
        List<SelectItem> items = new ArrayList<>();
        if ("SCALE".equals(item.kind())) {
            for (int v = 1; v <= item.scaleMax(); v++) {
                String end = v == 1 ? item.lowLabel() : v == item.scaleMax() ? item.highLabel() : null;
                items.add(new SelectItem(Integer.toString(v), end == null ? Integer.toString(v) : v + " " + end));
            }
            return items;
        }
        for (int o = 0; o < item.options().size(); o++) {
            items.add(new SelectItem(Integer.toString(o), item.options().get(o)));
        }
        return items;
    }

    public Map<String, Object> getAnswers() {
        return answers;
    }
}
