package org.ziyuanku.web.console.teaching;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.omnifaces.util.Messages;
import org.ziyuanku.service.teaching.SurveyItemCommand;
import org.ziyuanku.service.teaching.SurveyResponseService;
import org.ziyuanku.service.teaching.SurveyResultsView;
import org.ziyuanku.service.teaching.SurveyService;
import org.ziyuanku.service.teaching.SurveyView;
import org.ziyuanku.web.faces.RefusalMessages;

/**
 * Votes and questionnaires of an offering for its staff (console/teaching/surveys.xhtml?offering=…[&amp;survey=…]):
 * creating a draft with its first item, the list with open, close and delete, and for the chosen survey its items
 * (added and removed while a draft) or its results as charts with the Excel export. Anyone else 404; a learner 403.
 */
@Named
@ViewScoped
public class TeachingSurveysBean extends OfferingStaffPage {

    private static final long serialVersionUID = 1L;

    @EJB
    private SurveyService surveys;

    @EJB
    private SurveyResponseService responses;

    private String survey;
    private transient List<SurveyView> list;
    private transient SurveyView selected;
    private transient SurveyResultsView results;
    private final SurveyCommandForm form = new SurveyCommandForm();
    private final SurveyItemForm item = new SurveyItemForm();

    @Override
    protected void loadRows(long offeringId) {
        list = RefusalMessages.load(() -> surveys.list(offeringId));
    }

    @Override
    protected void loadChosen(long offeringId) {
        selected = survey == null || survey.isBlank() ? null : RefusalMessages.load(() -> surveys.get(TeachingPages.id(
                survey)));
        results = selected == null || "DRAFT".equals(selected.status()) ? null : responses.results(selected.id());
    }

    public void create() {
        load();
        SurveyView[] made = new SurveyView[1];
        if (RefusalMessages.change(() -> made[0] = surveys.create(header().offering().id(), form.command(List.of(
                item.command()))), "teaching.surveys.created")) {
            survey = Long.toString(made[0].id());
        }
        load();
    }

    public void open(long id) {
        RefusalMessages.change(() -> surveys.open(id), "teaching.surveys.opened");
        load();
    }

    public void close(long id) {
        RefusalMessages.change(() -> surveys.close(id), "teaching.surveys.closed");
        load();
    }

    public void delete(long id) {
        RefusalMessages.change(() -> surveys.delete(id), "teaching.surveys.deleted");
        survey = "";
        load();
    }

    public void addItem() {
        load();
        List<SurveyItemCommand> items = new ArrayList<>(SurveyCommandForm.items(selected));
        items.add(item.command());
        RefusalMessages.change(() -> surveys.edit(selected.id(), SurveyCommandForm.of(selected, items)),
                "teaching.surveys.itemAdded");
        load();
    }

    public void removeItem(int index) {
        load();
        List<SurveyItemCommand> items = new ArrayList<>(SurveyCommandForm.items(selected));
        items.remove(index);
        RefusalMessages.change(() -> surveys.edit(selected.id(), SurveyCommandForm.of(selected, items)),
                "teaching.surveys.itemRemoved");
        load();
    }

    /** The chart configuration (JSON) of a result item. */
    public String chart(SurveyResultsView.ItemResult result) {
        return SurveyCharts.bar(result, Messages.create("teaching.surveys.count").get().getSummary());
    }

    /** The class's name; null for a survey of every class. */
    public String scopeOf(SurveyView s) {
        return header().nameOf(s.classId());
    }

    public List<SurveyView> getSurveys() {
        loaded();
        return list;
    }

    public SurveyView getSelected() {
        loaded();
        return selected;
    }

    public SurveyResultsView getResults() {
        loaded();
        return results;
    }

    public SurveyCommandForm getForm() {
        return form;
    }

    public SurveyItemForm getItem() {
        return item;
    }

    public String getSurvey() {
        return survey;
    }

    public void setSurvey(String survey) {
        this.survey = survey;
    }
}
