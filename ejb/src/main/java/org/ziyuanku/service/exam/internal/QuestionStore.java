package org.ziyuanku.service.exam.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ziyuanku.domain.exam.Question;
import org.ziyuanku.domain.exam.QuestionStatus;
import org.ziyuanku.service.exam.DraftImage;
import org.ziyuanku.service.exam.QuestionDraft;
import org.ziyuanku.service.exam.QuestionVersioned;
import org.ziyuanku.service.review.SensitiveWordScreening;

/**
 * Writes drafts into the bank once the caller's right is settled: checks the draft ({@link QuestionRules}), screens
 * every text, sanitises it, stores its images and sets the question's content and sub-questions. Used by the bank
 * service and the demo data.
 */
@ApplicationScoped
public class QuestionStore {

    @Inject
    private QuestionRepository questions;

    @Inject
    private QuestionImages images;

    @Inject
    private SensitiveWordScreening screening;

    @Inject
    private Event<QuestionVersioned> versioned;

    /** A new DRAFT question of the library by the author, stored. */
    public Question create(long libraryId, long authorId, QuestionDraft draft) {
        QuestionRules.check(draft, false);
        Question question = new Question(libraryId, authorId, draft.type());
        fill(question, draft);
        return questions.add(question);
    }

    /** A new question of the library by the author, stored as approved: the demo data only, shipped reviewed. */
    public Question createApproved(long libraryId, long authorId, QuestionDraft draft) {
        Question question = create(libraryId, authorId, draft);
        question.setStatus(QuestionStatus.PUBLISHED);
        return question;
    }

    /**
     * The pending new version of the published question with the draft's content: the one waiting already, or a new
     * DRAFT row; the published question stays as it is (the attempts drawn from it keep it) until the version is
     * approved. A new row fires {@link QuestionVersioned}.
     */
    public Question newVersion(Question published, QuestionDraft draft) {
        Optional<Question> pending = questions.pendingVersionOf(published.getId());
        Question version = pending.orElseGet(() -> Question.newVersionOf(published));
        fill(version, draft);
        if (pending.isPresent()) {
            return version;
        }
        Question added = questions.add(version);
        versioned.fire(new QuestionVersioned(published.getId(), added.getId()));
        return added;
    }

    /** The question's content and sub-questions anew from the draft (checked here). */
    public void fill(Question question, QuestionDraft draft) {
        QuestionRules.check(draft, false);
        screening.refuseBlocked(QuestionContents.texts(draft));
        long library = question.getLibraryId();
        question.change(QuestionContents.content(draft, images.resolver(library, draft.images())));
        List<Question> parts = new ArrayList<>();
        for (QuestionDraft part : draft.parts()) {
            List<DraftImage> shared = new ArrayList<>(draft.images());
            shared.addAll(part.images());
            Question sub = new Question(library, question.getAuthorId(), part.type());
            sub.change(QuestionContents.content(part, images.resolver(library, shared)));
            parts.add(sub);
        }
        question.setParts(parts);
    }
}
