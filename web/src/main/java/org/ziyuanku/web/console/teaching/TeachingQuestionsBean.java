package org.ziyuanku.web.console.teaching;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import org.ziyuanku.service.teaching.ClassQuestionCommand;
import org.ziyuanku.service.teaching.ClassQuestionService;
import org.ziyuanku.service.teaching.ClassQuestionView;
import org.ziyuanku.service.teaching.QuestionBoardView;
import org.ziyuanku.service.teaching.SimilarQuestionView;
import org.ziyuanku.web.faces.RefusalMessages;
import org.ziyuanku.web.faces.RequestMark;

/**
 * Q&A (答疑) of an offering (console/teaching/questions.xhtml?offering=…), for its staff and its learners alike: the
 * questions of the caller's classes, most active first, and for a learner a form to ask in their class; while the
 * learner types a title, the most similar questions already asked are shown (an Ajax request on keyup). Anyone else
 * 404.
 */
@Named
@ViewScoped
public class TeachingQuestionsBean extends OfferingPage {

    private static final long serialVersionUID = 1L;

    @EJB
    private ClassQuestionService questions;

    private transient QuestionBoardView board;
    private final RequestMark suggested = new RequestMark();
    private transient List<SimilarQuestionView> similar = List.of();
    private String title;
    private String body;

    @Override
    protected void loadPage(long offeringId) {
        board = RefusalMessages.load(() -> questions.board(offeringId));
    }

    /** A learner asks in their class (the board's only class for a learner). */
    public void ask() {
        long classId = getBoard().classes().keySet().stream().findFirst().orElse(-1L);
        if (RefusalMessages.change(() -> questions.ask(classId, new ClassQuestionCommand(null, title, body)),
                "teaching.questions.asked")) {
            title = null;
            body = null;
        }
        load();
    }

    /** The questions most like the title typed so far (the Ajax listener of the title field). */
    public void suggest() {
        similar = title == null || title.isBlank() ? List.of()
                : RefusalMessages.load(() -> questions.similarInOffering(offeringId(), title));
        suggested.mark();
    }

    /** The name of the question's class. */
    public String classOf(ClassQuestionView question) {
        return getBoard().classes().getOrDefault(question.classId(), "");
    }

    public QuestionBoardView getBoard() {
        loaded();
        return board;
    }

    public List<SimilarQuestionView> getSimilar() {
        return suggested.marked() ? similar : List.of();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
