package org.ziyuanku.web.console.teaching;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.ziyuanku.service.teaching.ClassQuestionResolutionService;
import org.ziyuanku.service.teaching.ClassQuestionService;
import org.ziyuanku.service.teaching.ClassQuestionThreadView;
import org.ziyuanku.web.faces.RefusalMessages;
import org.ziyuanku.web.faces.RequestMark;

/**
 * One class question (console/teaching/question.xhtml?question=…): the question and its answers, an answer form;
 * the asker and staff accept an answer or close the question; staff approve held text. A learner of another class,
 * or anyone outside the offering: 404.
 */
@Named
@ViewScoped
public class TeachingQuestionBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ClassQuestionService questions;

    @EJB
    private ClassQuestionResolutionService resolution;

    private String question;
    private final RequestMark read = new RequestMark();
    private transient ClassQuestionThreadView thread;
    private String body;

    public void load() {
        long id = questionId();
        thread = RefusalMessages.load(() -> questions.thread(id));
        read.mark();
    }

    public void answer() {
        if (RefusalMessages.change(() -> questions.answer(questionId(), body), "teaching.question.answered")) {
            body = null;
        }
        load();
    }

    public void accept(long answerId) {
        RefusalMessages.change(() -> resolution.accept(answerId), "teaching.question.acceptDone");
        load();
    }

    public void close() {
        RefusalMessages.change(() -> resolution.close(questionId()), "teaching.question.closed");
        load();
    }

    public void approveQuestion() {
        RefusalMessages.change(() -> resolution.approveQuestion(questionId()), "teaching.question.approved");
        load();
    }

    public void approveAnswer(long answerId) {
        RefusalMessages.change(() -> resolution.approveAnswer(answerId), "teaching.question.approved");
        load();
    }

    private long questionId() {
        return TeachingPages.id(question);
    }

    public ClassQuestionThreadView getThread() {
        if (!read.marked()) {
            load();
        }
        return thread;
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
