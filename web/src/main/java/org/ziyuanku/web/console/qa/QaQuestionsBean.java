package org.ziyuanku.web.console.qa;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.ziyuanku.service.qa.AskQuestionCommand;
import org.ziyuanku.service.qa.LibraryFaqService;
import org.ziyuanku.service.qa.LibraryQuestionService;
import org.ziyuanku.service.qa.ResourceQuestionsView;
import org.ziyuanku.service.qa.SimilarLibraryQuestionView;
import org.ziyuanku.web.faces.PageIds;
import org.ziyuanku.web.faces.RefusalMessages;

/**
 * A resource's Q&A (console/qa/questions.xhtml?resource=…): its questions with their best answers; a form to ask,
 * which shows answered questions of the library like the title while it is typed (Ajax on keyup, 400 ms delay) and,
 * when one is very close, offers it before posting ("这个问题已有回答…"), with a button to post anyway. The library's
 * team answers, marks the best answer and promotes to the FAQ on the same page. View-scoped: the offered question
 * must still be there when "仍然提问" is posted (its button is rendered only while one is offered).
 */
@Named
@ViewScoped
public class QaQuestionsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private LibraryQuestionService questions;

    @EJB
    private LibraryFaqService faq;

    private String resource;
    private transient ResourceQuestionsView board;
    private transient List<SimilarLibraryQuestionView> similar = List.of();
    private SimilarLibraryQuestionView offered;
    private String title;
    private String body;
    private String answer;

    public void load() {
        board = RefusalMessages.load(() -> questions.board(resourceId()));
    }

    /** Asks, unless an answered question is very close: then that one is offered first. */
    public void ask() {
        Optional<SimilarLibraryQuestionView> close = title == null || title.isBlank() ? Optional.empty()
                : questions.closeMatch(resourceId(), title);
        if (close.isPresent()) {
            offered = close.get();
            return;
        }
        askAnyway();
    }

    /** Asks whatever answered questions are alike. */
    public void askAnyway() {
        offered = null;
        if (RefusalMessages.change(() -> questions.ask(new AskQuestionCommand(resourceId(), title, body)),
                "qa.questions.asked")) {
            title = null;
            body = null;
        }
        load();
    }

    /** The questions most like the title typed so far (the Ajax listener of the title field). */
    public void suggest() {
        similar = title == null || title.isBlank() ? List.of() : questions.similar(resourceId(), title);
    }

    /** Answers the question of the row whose form was posted. */
    public void answerQuestion(long id) {
        if (RefusalMessages.change(() -> questions.answer(id, answer), "qa.questions.answered")) {
            answer = null;
        }
        load();
    }

    /** The team marks the answer of the row whose button was pressed best. */
    public void markBest(long id) {
        RefusalMessages.change(() -> faq.markBest(id), "qa.questions.bestMarked");
        load();
    }

    /** The team promotes the question of the row to the FAQ. */
    public void promote(long id) {
        RefusalMessages.change(() -> faq.promote(id), "qa.questions.promoted");
        load();
    }

    private long resourceId() {
        return PageIds.of(resource);
    }

    public ResourceQuestionsView getBoard() {
        if (board == null) {
            load();
        }
        return board;
    }

    public List<SimilarLibraryQuestionView> getSimilar() {
        return similar == null ? List.of() : similar;
    }

    public SimilarLibraryQuestionView getOffered() {
        return offered;
    }

    public String getResource() {
        return resource;
    }

    public void setResource(String resource) {
        this.resource = resource;
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

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }
}
