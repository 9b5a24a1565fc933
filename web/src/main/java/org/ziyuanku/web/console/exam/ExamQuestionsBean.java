package org.ziyuanku.web.console.exam;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import org.omnifaces.util.Messages;
import org.ziyuanku.domain.exam.ChoiceScoring;
import org.ziyuanku.domain.exam.QuestionType;
import org.ziyuanku.service.exam.QuestionBankService;
import org.ziyuanku.service.exam.QuestionPage;
import org.ziyuanku.service.exam.QuestionSearch;
import org.ziyuanku.service.exam.QuestionView;
import org.ziyuanku.service.review.ReviewSubjectNames;
import org.ziyuanku.service.review.ReviewSubmissionService;
import org.ziyuanku.web.faces.RefusalMessages;

/**
 * 题库 (console/exam/questions.xhtml): the questions of a library the caller works in, filtered by type, difficulty,
 * knowledge point and text, with a form that creates or changes a question of the types it edits
 * ({@link QuestionForm}), deleting (after a confirmation), and sending a question into tiered review or taking it
 * back. Holds ids and form values only.
 */
@Named
@ViewScoped
public class ExamQuestionsBean extends ExamLibraryPage {

    private static final long serialVersionUID = 1L;
    private static final int PAGE_SIZE = 50;

    @EJB
    private QuestionBankService bank;

    @EJB
    private ReviewSubmissionService submissions;

    private QuestionType type;
    private Integer difficulty;
    private String knowledgePoint;
    private String text;
    private Long editing;
    private QuestionForm form = new QuestionForm();
    private transient QuestionPage page;

    public QuestionPage getPage() {
        if (page == null && getLibraryId() != null) {
            page = RefusalMessages.answerOrForbidden(() -> bank.search(new QuestionSearch(getLibraryId(), type,
                    difficulty, knowledgePoint, text, null, 0, PAGE_SIZE)));
        }
        return page;
    }

    public List<QuestionType> getTypes() {
        return List.of(QuestionType.values());
    }

    public List<ChoiceScoring> getScorings() {
        return List.of(ChoiceScoring.values());
    }

    public List<Integer> getLevels() {
        return List.of(1, 2, 3, 4, 5);
    }

    public List<QuestionType> getEditableTypes() {
        return QuestionForm.EDITABLE;
    }

    public void search() {
        page = null;
    }

    /** Creates the question in the chosen library, or saves the one being edited. */
    public void save() {
        Boolean newVersion = RefusalMessages.answerOrForbidden(() -> {
            if (editing == null) {
                bank.add(libraryOrNone(), form.draft());
                return false;
            }
            return bank.update(editing, form.draft()).id() != editing;
        });
        if (newVersion != null) {
            Messages.addGlobalInfo(newVersion ? "exam.questions.savedAsVersion" : "exam.questions.saved");
            editing = null;
            form = new QuestionForm();
            page = null;
        }
    }

    /** Puts the question into the form to change it (the types the form edits). */
    public void edit(long id) {
        QuestionView q = bank.get(id);
        if (!QuestionForm.EDITABLE.contains(q.type())) {
            Messages.addGlobalWarn("exam.questions.notEditableHere");
            return;
        }
        editing = id;
        form = new QuestionForm();
        form.fill(q);
    }

    public void cancel() {
        editing = null;
        form = new QuestionForm();
    }

    public void remove(long id) {
        act(() -> bank.delete(id), "exam.questions.removed");
    }

    /** Sends the question (or its pending new version) into its library's tiered review. */
    public void submit(long id) {
        act(() -> submissions.submit(ReviewSubjectNames.QUESTION, id), "exam.questions.submitted");
    }

    /** Takes the question back out of review before a decision. */
    public void withdraw(long id) {
        act(() -> submissions.withdraw(ReviewSubjectNames.QUESTION, id), "exam.questions.withdrawn");
    }

    private void act(Runnable action, String done) {
        if (RefusalMessages.changeOrForbidden(action, done)) {
            page = null;
        }
    }

    public QuestionType getType() {
        return type;
    }

    public void setType(QuestionType type) {
        this.type = type;
    }

    public Integer getDifficulty() {
        return difficulty;
    }

    public void setDifficulty(Integer difficulty) {
        this.difficulty = difficulty;
    }

    public String getKnowledgePoint() {
        return knowledgePoint;
    }

    public void setKnowledgePoint(String knowledgePoint) {
        this.knowledgePoint = knowledgePoint;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Long getEditing() {
        return editing;
    }

    public QuestionForm getForm() {
        return form;
    }
}
