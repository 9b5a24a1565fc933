package org.ziyuanku.service.exam;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.ziyuanku.domain.audit.AuditOutcome;
import org.ziyuanku.domain.exam.Question;
import org.ziyuanku.domain.exam.QuestionStatus;
import org.ziyuanku.service.audit.AuditScope;
import org.ziyuanku.service.audit.AuditTarget;
import org.ziyuanku.service.audit.Audited;
import org.ziyuanku.service.audit.AuditedCall;
import org.ziyuanku.service.exam.internal.AttemptRepository;
import org.ziyuanku.service.exam.internal.PaperRepository;
import org.ziyuanku.service.exam.internal.QuestionContents;
import org.ziyuanku.service.exam.internal.QuestionImages;
import org.ziyuanku.service.exam.internal.QuestionRepository;
import org.ziyuanku.service.exam.internal.QuestionStore;
import org.ziyuanku.service.exam.internal.QuestionText;
import org.ziyuanku.service.identity.Caller;

/**
 * The question bank of a library (题库; issue 15 item 1), for those who work in it ({@link QuestionAccess}): adding a
 * question from a {@link QuestionDraft} (checked per type, texts sanitised to the rich-text subset and screened for
 * sensitive words, draft images stored in the blob store, the duplicate fingerprint computed), changing and deleting
 * it, reading and searching, and the library's questions back as drafts (with their images) for export. Every change
 * is audited; every refusal of a read too. Nothing of a refused draft is stored.
 */
@Stateless
@PermitAll
public class QuestionBankService {

    public static final String ADD = "QUESTION_ADD";
    public static final String UPDATE = "QUESTION_UPDATE";
    public static final String DELETE = "QUESTION_DELETE";
    static final String READ = "QUESTION_READ";
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final int PREVIEW = 60;

    @Inject
    private Caller caller;

    @Inject
    private QuestionAccess access;

    @Inject
    private QuestionRepository questions;

    @Inject
    private PaperRepository papers;

    @Inject
    private AttemptRepository attempts;

    @Inject
    private QuestionImages images;

    @Inject
    private QuestionStore store;

    @Inject
    private AuditedCall audited;

    /**
     * Adds the draft to the library's bank as a DRAFT question by the caller; answers its id. Audited as {@value #ADD}.
     *
     * @throws QuestionRefusedException {@code exam.question.invalid.*} naming the rule the draft breaks
     * @throws org.ziyuanku.service.review.SensitiveWordBlockedException for a blocked word in any text
     */
    @Audited(action = ADD)
    public long add(@AuditScope("library:") long libraryId, QuestionDraft draft) {
        access.library(libraryId, ADD);
        Question question = store.create(libraryId, caller.accountId(), draft);
        audited.done("library:" + libraryId, "question:" + question.getId(), preview(question));
        return question.getId();
    }

    /**
     * The question's content anew (its type stays). An approved question is not changed: the content becomes its
     * pending new version (a question of its own, reviewed again before it takes the approved one's place), which is
     * answered. Audited as {@value #UPDATE}.
     *
     * @throws QuestionRefusedException {@code exam.question.state.inReview} (409) while it or its new version is under
     *         review, {@code exam.question.state.archived} for a replaced version
     */
    @Audited(action = UPDATE)
    public QuestionView update(@AuditTarget("question:") long id, QuestionDraft draft) {
        Question question = access.changeable(id, UPDATE);
        audited.on("library:" + question.getLibraryId(), "question:" + id);
        if (draft != null && draft.type() != null && draft.type() != question.getType()) {
            throw QuestionRefusedException.invalid("typeChange");
        }
        refuseUnderReview(question);
        Question changed = question;
        if (question.getStatus() == QuestionStatus.PUBLISHED) {
            changed = store.newVersion(question, draft);
        } else {
            store.fill(question, draft);
        }
        audited.detail(preview(changed) + (changed == question ? "" : " (question:" + changed.getId() + ")"));
        return QuestionContents.view(changed, true);
    }

    private void refuseUnderReview(Question question) {
        if (question.getStatus() == QuestionStatus.ARCHIVED) {
            throw QuestionRefusedException.state("archived", Long.toString(question.getId()));
        }
        boolean inReview = question.getStatus() == QuestionStatus.IN_REVIEW || question.getStatus()
                == QuestionStatus.PUBLISHED && questions.pendingVersionOf(question.getId())
                .filter(v -> v.getStatus() == QuestionStatus.IN_REVIEW).isPresent();
        if (inReview) {
            throw QuestionRefusedException.state("inReview", Long.toString(question.getId()));
        }
    }

    /** Deletes the question with its sub-questions (refused while a paper lists it). Audited as {@value #DELETE}. */
    @Audited(action = DELETE)
    public void delete(@AuditTarget("question:") long id) {
        Question question = access.changeable(id, DELETE);
        if (question.getStatus() == QuestionStatus.IN_REVIEW) {
            throw QuestionRefusedException.state("inReview", Long.toString(id));
        }
        if (papers.listsQuestion(id)) {
            throw QuestionRefusedException.invalid("inPaper");
        }
        if (attempts.usesQuestion(id)) {
            throw QuestionRefusedException.invalid("inExam");
        }
        audited.done("library:" + question.getLibraryId(), "question:" + id, preview(question));
        questions.remove(question);
    }

    /** The question with its key. @throws QuestionRefusedException not found for one the caller may not see */
    @Audited(action = READ, outcomes = AuditOutcome.DENIED)
    public QuestionView get(@AuditTarget("question:") long id) {
        Question question = access.visible(id);
        return QuestionContents.view(question, access.canChange(question));
    }

    /** A page of the library's questions, newest first. */
    @Audited(action = READ, outcomes = AuditOutcome.DENIED)
    public QuestionPage search(QuestionSearch search) {
        audited.on("library:" + search.libraryId(), "library:" + search.libraryId());
        access.library(search.libraryId(), READ);
        List<QuestionView> found = questions.search(search).stream()
                .map(q -> QuestionContents.view(q, access.canChange(q))).toList();
        return new QuestionPage(found, questions.count(search), search.page(), search.size());
    }

    /**
     * The library's questions matching the search (its library is {@code libraryId}) as drafts, for export: texts
     * address their images as {@code zyk-draft:{sha256}.png}, whose PNG bytes come with the draft.
     */
    @Audited(action = READ, outcomes = AuditOutcome.DENIED)
    public List<QuestionDraft> drafts(@AuditScope("library:") long libraryId, QuestionSearch search) {
        access.library(libraryId, READ);
        QuestionSearch inLibrary = new QuestionSearch(libraryId, search.type(), search.difficulty(),
                search.knowledgePoint(), search.text(), search.status(), search.page(), search.size());
        return questions.search(inLibrary).stream().map(q -> QuestionContents.draft(q, images)).toList();
    }

    /** The oldest question of the library with this fingerprint ({@link QuestionFingerprint}), if any. */
    @Audited(action = READ, outcomes = AuditOutcome.DENIED)
    public Optional<Long> duplicateOf(@AuditScope("library:") long libraryId, String fingerprint) {
        access.library(libraryId, READ);
        return questions.withFingerprint(libraryId, fingerprint, null);
    }

    /**
     * An image a question shows, for those who may see a question showing it and for the learners whose started exam
     * paper shows it. @throws QuestionRefusedException not found otherwise
     */
    public QuestionImage image(String sha256) {
        if (sha256 == null || !SHA256.matcher(sha256).matches()
                || questions.showing(sha256).stream().noneMatch(access::canSee) && !shownInAttempt(sha256)) {
            throw new QuestionRefusedException(QuestionRefusedException.NOT_FOUND, String.valueOf(sha256));
        }
        return new QuestionImage(sha256, questions.blobMediaType(sha256).orElse("image/png"), images.file(sha256));
    }

    private boolean shownInAttempt(String sha256) {
        return !caller.isAnonymous() && attempts.showsImageTo(caller.accountId(), sha256);
    }

    private static String preview(Question question) {
        String text = QuestionText.text(question.getStem());
        return text.length() > PREVIEW ? text.substring(0, PREVIEW) + "…" : text;
    }
}
