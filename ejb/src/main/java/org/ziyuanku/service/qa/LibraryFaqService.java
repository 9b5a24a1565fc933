package org.ziyuanku.service.qa;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.ziyuanku.domain.qa.LibraryAnswer;
import org.ziyuanku.domain.library.ResourceLibrary;
import org.ziyuanku.domain.qa.LibraryQuestion;
import org.ziyuanku.service.audit.Audited;
import org.ziyuanku.service.audit.AuditedCall;
import org.ziyuanku.service.audit.AuditTarget;
import org.ziyuanku.service.identity.Caller;
import org.ziyuanku.service.library.Libraries;
import org.ziyuanku.service.qa.internal.LibraryQuestionRepository;
import org.ziyuanku.service.qa.internal.QuestionPeople;
import org.ziyuanku.service.qa.internal.QuestionTeam;

/**
 * Best answers and the library's FAQ (常见问题): the library's team (those who contribute to or manage it) marks one
 * answer of a question best (the question becomes ANSWERED and is suggested to people asking alike) and promotes an
 * answered question with its best answer to the FAQ, which anyone reads. Anyone else: 403, audited.
 */
@Stateless
@PermitAll
public class LibraryFaqService {

    @Inject
    private LibraryQuestionRepository questions;

    @Inject
    private QuestionPeople people;

    @Inject
    private QuestionTeam team;

    @Inject
    private Libraries libraries;

    @Inject
    private Caller caller;

    @Inject
    private AuditedCall audited;

    /**
     * Marks the answer as its question's best (any earlier best loses the mark).
     *
     * @throws QaRefusedException an unknown answer (404)
     * @throws org.ziyuanku.service.system.AccessDeniedException the caller is not on the library's team (403)
     */
    @Audited(action = "LIBRARY_ANSWER_BEST")
    public LibraryQuestionView markBest(@AuditTarget("library-answer:") long answerId) {
        LibraryAnswer answer = questions.answer(answerId)
                .orElseThrow(() -> new QaRefusedException(QaRefusedException.NOT_FOUND));
        LibraryQuestion q = question(answer.getQuestionId(), "library-answer:" + answerId);
        List<LibraryAnswer> answers = questions.answers(q.getId());
        answers.stream().filter(a -> a.isBest() && !a.getId().equals(answerId)).forEach(a -> a.markBest(false));
        questions.flush();
        answer.markBest(true);
        q.answered();
        questions.flush();
        return people.view(q, answers);
    }

    /**
     * Puts an answered question with its best answer in the library's FAQ (again: unchanged).
     *
     * @throws QaRefusedException an unknown question (404), one without a best answer (409)
     * @throws org.ziyuanku.service.system.AccessDeniedException the caller is not on the library's team (403)
     */
    @Audited(action = "LIBRARY_FAQ_PROMOTE")
    public LibraryQuestionView promote(@AuditTarget("library-question:") long questionId) {
        LibraryQuestion q = question(questionId, "library-question:" + questionId);
        if (!q.isAnswered()) {
            throw new QaRefusedException(QaRefusedException.NOT_ANSWERED);
        }
        q.promote();
        questions.flush();
        return people.view(q, questions.answers(questionId));
    }

    /**
     * The library's FAQ, each question with its best answer, most recently promoted first (anyone).
     *
     * @throws QaRefusedException an unknown library (404)
     */
    public LibraryFaqView faq(long libraryId) {
        ResourceLibrary library = libraries.find(libraryId);
        if (library == null) {
            throw new QaRefusedException(QaRefusedException.NOT_FOUND);
        }
        return new LibraryFaqView(libraryId, library.getName(), people.views(questions.faq(libraryId)));
    }

    private LibraryQuestion question(long questionId, String target) {
        LibraryQuestion q = questions.question(questionId)
                .orElseThrow(() -> new QaRefusedException(QaRefusedException.NOT_FOUND));
        audited.on("library:" + q.getLibraryId(), target);
        if (!team.team(q.getLibraryId())) {
            throw caller.denied("change best answers and the FAQ of library " + q.getLibraryId());
        }
        return q;
    }
}
