package org.ziyuanku.service.exam;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ziyuanku.domain.exam.Question;
import org.ziyuanku.domain.library.ResourceLibrary;
import org.ziyuanku.service.audit.AuditedCall;
import org.ziyuanku.service.exam.internal.QuestionRepository;
import org.ziyuanku.service.identity.Caller;
import org.ziyuanku.service.library.Libraries;
import org.ziyuanku.service.resource.CallerAccess;

/**
 * The question-bank rules for the request's {@link Caller}. A library's bank belongs to those who contribute to the
 * library as for resources ({@link CallerAccess#canContribute}: its teachers, course-team leads and library
 * administrators of a host or participating unit, and its administrators): they list it, see every question with its
 * key, and add questions. A question is changed or deleted by its author or the library's administrators; another
 * contributor is refused (403, audited DENIED). To anybody else a question is "not found" (404), as for an id that
 * does not exist, so neither keys nor drafts of another school can be probed; a library they do not contribute to is
 * refused (403), since libraries themselves are public.
 */
@ApplicationScoped
public class QuestionAccess {

    @Inject
    private Caller caller;

    @Inject
    private Libraries libraries;

    @Inject
    private QuestionRepository questions;

    @Inject
    private AuditedCall audited;

    /** The library, when the caller works in its bank. */
    public ResourceLibrary library(long libraryId, String action) {
        ResourceLibrary library = libraries.find(libraryId);
        if (library == null) {
            throw new QuestionRefusedException(QuestionRefusedException.NO_LIBRARY, Long.toString(libraryId));
        }
        if (!new CallerAccess(caller).canContribute(library)) {
            audited.on("library:" + libraryId, "library:" + libraryId);
            throw caller.denied(action + " in library " + libraryId);
        }
        return library;
    }

    /** A top-level question the caller may see. @throws QuestionRefusedException not found otherwise */
    public Question visible(long id) {
        return questions.find(id).filter(q -> q.getParentId() == null).filter(this::canSee)
                .orElseThrow(() -> QuestionRefusedException.notFound(id));
    }

    /** A top-level question the caller may change; audits and refuses a contributor who may only see it. */
    public Question changeable(long id, String action) {
        Question question = visible(id);
        if (!canChange(question)) {
            audited.on("library:" + question.getLibraryId(), "question:" + id);
            throw caller.denied(action + " question " + id);
        }
        return question;
    }

    public boolean canSee(Question question) {
        return worksIn(question.getLibraryId());
    }

    public boolean canChange(Question question) {
        return mayChange(question.getAuthorId(), question.getLibraryId());
    }

    /** Whether the caller works in the library's bank (its questions and papers). */
    public boolean worksIn(long libraryId) {
        ResourceLibrary library = libraries.find(libraryId);
        return library != null && new CallerAccess(caller).canContribute(library);
    }

    /** Whether the caller may change what this author made in the library's bank: the author or its administrators. */
    public boolean mayChange(long authorId, long libraryId) {
        return caller.is(authorId) || caller.administersLibrary(libraryId);
    }
}
