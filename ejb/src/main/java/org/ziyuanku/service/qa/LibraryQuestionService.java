package org.ziyuanku.service.qa;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.ziyuanku.domain.qa.LibraryAnswer;
import org.ziyuanku.domain.qa.LibraryQuestion;
import org.ziyuanku.service.audit.Audited;
import org.ziyuanku.service.audit.AuditedCall;
import org.ziyuanku.service.audit.AuditTarget;
import org.ziyuanku.service.identity.Caller;
import org.ziyuanku.service.qa.internal.LibraryQuestionRepository;
import org.ziyuanku.service.qa.internal.QuestionPeople;
import org.ziyuanku.service.qa.internal.QuestionSegmenter;
import org.ziyuanku.service.qa.internal.QuestionSimilarity;
import org.ziyuanku.service.qa.internal.QuestionTeam;
import org.ziyuanku.service.resource.ReferencedResource;
import org.ziyuanku.service.resource.ResourceReferences;
import org.ziyuanku.service.review.ScreenedText;
import org.ziyuanku.service.review.SensitiveWordScreening;

/**
 * Library Q&A (答疑): anyone signed in asks about a published resource and answers any question of it (an answer by a
 * teacher or by the library's team is marked as staff's); everyone reads the questions of a published resource.
 * Titles are segmented and stored as search terms; {@link #similar} suggests answered questions of the same library
 * while a title is typed. Every text passes the sensitive-word screen: a blocked word refuses it naming the word.
 * Marking the best answer and the FAQ are {@link LibraryFaqService}'s.
 */
@Stateless
@PermitAll
public class LibraryQuestionService {

    @Inject
    private LibraryQuestionRepository questions;

    @Inject
    private QuestionSegmenter segmenter;

    @Inject
    private QuestionPeople people;

    @Inject
    private QuestionTeam team;

    @Inject
    private ResourceReferences resources;

    @Inject
    private SensitiveWordScreening screening;

    @Inject
    private Caller caller;

    @Inject
    private AuditedCall audited;

    /**
     * Asks a question about a published resource.
     *
     * @throws QaRefusedException not signed in (403), an unknown or unpublished resource (404), a missing or too long
     *         title, a too long body (400)
     * @throws org.ziyuanku.service.review.SensitiveWordBlockedException naming the blocked words; nothing is stored
     */
    @Audited(action = "LIBRARY_QUESTION_ASK", target = "library-question:new")
    public LibraryQuestionView ask(AskQuestionCommand command) {
        signedIn();
        ReferencedResource resource = published(command.resourceId());
        audited.on("library:" + resource.libraryId(), "library-question:new");
        String title = text(command.title(), LibraryQuestion.MAX_TITLE, QaRefusedException.TITLE, true);
        String body = text(command.body(), LibraryQuestion.MAX_BODY, QaRefusedException.BODY, false);
        screening.refuseBlocked(List.of(new ScreenedText("title", title), new ScreenedText("body", body)));
        LibraryQuestion question = new LibraryQuestion(resource.libraryId(), resource.id(), caller.accountId(), title,
                body, segmenter.terms(title));
        questions.add(question);
        questions.flush();
        audited.target("library-question:" + question.getId());
        return people.view(question, List.of());
    }

    /** The questions about a published resource, most recent activity first (anyone; an unknown resource 404). */
    public List<LibraryQuestionView> ofResource(long resourceId) {
        return people.views(questions.ofResource(published(resourceId).id()));
    }

    /** The resource's Q&A page (anyone, while the resource is published; else 404). */
    public ResourceQuestionsView board(long resourceId) {
        ReferencedResource r = published(resourceId);
        List<LibraryQuestion> list = questions.ofResource(r.id());
        return new ResourceQuestionsView(r.id(), r.title(), r.libraryId(), r.libraryName(), team.team(r.libraryId()),
                people.views(list), people.answersOf(list));
    }

    /** The question with its answers (anyone, while its resource is published; else 404). */
    public LibraryQuestionThreadView thread(long questionId) {
        LibraryQuestion q = readable(questionId);
        List<LibraryAnswer> answers = questions.answers(questionId);
        return new LibraryQuestionThreadView(people.view(q, answers), people.answers(answers), !caller.isAnonymous(),
                team.team(q.getLibraryId()));
    }

    /**
     * Up to three answered questions of the resource's library most like the typed text, best first, each with its
     * best answer and whether it is close enough to be offered before posting. Blank or unmatched text: none.
     */
    public List<SimilarLibraryQuestionView> similar(long resourceId, String typed) {
        ReferencedResource resource = published(resourceId);
        String terms = segmenter.terms(typed == null ? "" : typed.strip());
        List<LibraryQuestion> candidates = questions.answeredSharingTerms(resource.libraryId(),
                QuestionSimilarity.split(terms));
        List<QuestionSimilarity.Scored<LibraryQuestion>> ranked = QuestionSimilarity.rank(terms, candidates,
                LibraryQuestion::getSearchTerms, segmenter::isDomainTerm);
        List<LibraryQuestionView> views = people.views(ranked.stream().map(QuestionSimilarity.Scored::item).toList());
        return IntStream.range(0, ranked.size()).mapToObj(i -> new SimilarLibraryQuestionView(
                views.get(i).id(), views.get(i).resourceId(), views.get(i).title(), views.get(i).bestAnswer(),
                Math.round(ranked.get(i).score() * 1000) / 1000.0, ranked.get(i).score() >= QuestionSimilarity.CLOSE))
                .toList();
    }

    /** The closest answered question when it is close enough to be offered before posting. */
    public Optional<SimilarLibraryQuestionView> closeMatch(long resourceId, String typed) {
        return similar(resourceId, typed).stream().filter(SimilarLibraryQuestionView::close).findFirst();
    }

    /**
     * Answers a question (anyone signed in; a teacher's or the team's answer is marked as staff's).
     *
     * @throws QaRefusedException not signed in (403), an unknown question (404), a missing or too long text (400)
     * @throws org.ziyuanku.service.review.SensitiveWordBlockedException naming the blocked words; nothing is stored
     */
    @Audited(action = "LIBRARY_QUESTION_ANSWER")
    public LibraryAnswerView answer(@AuditTarget("library-question:") long questionId, String text) {
        signedIn();
        LibraryQuestion q = readable(questionId);
        audited.on("library:" + q.getLibraryId(), "library-question:" + questionId);
        String body = text(text, LibraryAnswer.MAX_BODY, QaRefusedException.ANSWER, true);
        screening.refuseBlocked(List.of(new ScreenedText("body", body)));
        LibraryAnswer answer = new LibraryAnswer(questionId, caller.accountId(), team.staff(q.getLibraryId()), body);
        questions.add(answer);
        q.touched();
        questions.flush();
        audited.detail("answer:" + answer.getId());
        return people.answers(List.of(answer)).get(0);
    }

    private LibraryQuestion readable(long questionId) {
        LibraryQuestion q = questions.question(questionId)
                .orElseThrow(() -> new QaRefusedException(QaRefusedException.NOT_FOUND));
        if (q.getResourceId() != null) {
            published(q.getResourceId());
        }
        return q;
    }

    private ReferencedResource published(long resourceId) {
        ReferencedResource r = resources.byId(List.of(resourceId)).get(resourceId);
        if (r == null || !r.available()) {
            throw new QaRefusedException(QaRefusedException.NOT_FOUND);
        }
        return r;
    }

    private void signedIn() {
        if (caller.isAnonymous()) {
            throw new QaRefusedException(QaRefusedException.SIGN_IN);
        }
    }

    static String text(String text, int max, String key, boolean required) {
        String t = text == null ? "" : text.strip();
        if (required && t.isEmpty() || t.length() > max) {
            throw new QaRefusedException(key, Integer.toString(max));
        }
        return t;
    }
}
