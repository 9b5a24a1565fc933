package org.ziyuanku.service.exam.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.ziyuanku.domain.exam.Question;
import org.ziyuanku.domain.exam.QuestionStatus;
import org.ziyuanku.domain.review.ReviewedItem;
import org.ziyuanku.service.exam.QuestionAccess;
import org.ziyuanku.service.exam.QuestionRefusedException;
import org.ziyuanku.service.identity.Caller;
import org.ziyuanku.service.review.ReviewPreview;
import org.ziyuanku.service.review.ReviewStage;
import org.ziyuanku.service.review.ReviewSubjectNames;
import org.ziyuanku.service.review.ReviewSubjectType;
import org.ziyuanku.service.review.ReviewableVersion;
import org.ziyuanku.service.review.SubjectContent;

/**
 * Questions of a library's bank as subjects of tiered review (type {@code QUESTION}), through the levels of their
 * library as resources. Its author (or the library's administrators) sends a DRAFT or RETURNED question, or the
 * pending new version of an approved one; approval makes it PUBLISHED, usable beyond its author's own classes. An
 * approved new version takes the place of the question it revises: that one is ARCHIVED (the attempts drawn from it
 * keep it) and fixed papers list the new one. The library's administrators take an approved question down (DRAFT
 * again). Reviewers read stem, options, answer and analysis as texts and as a self-contained HTML page.
 */
@ApplicationScoped
public class QuestionReviewSubjects implements ReviewSubjectType {

    public static final String TYPE = ReviewSubjectNames.QUESTION;

    @Inject
    private Caller caller;

    @Inject
    private QuestionAccess access;

    @Inject
    private QuestionRepository questions;

    @Inject
    private QuestionReviewVersions versions;

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public ReviewableVersion toSubmit(long itemId) {
        Question question = access.changeable(itemId, "REVIEW_SUBMIT");
        Question version = question;
        if (question.getStatus() == QuestionStatus.PUBLISHED) {
            version = questions.pendingVersionOf(question.getId()).orElseThrow(
                    () -> QuestionRefusedException.state("nothingToSubmit", Long.toString(itemId)));
        } else if (question.getStatus() == QuestionStatus.ARCHIVED) {
            throw QuestionRefusedException.state("archived", Long.toString(itemId));
        }
        return versions.of(version);
    }

    @Override
    public long subjectIdOf(long itemId) {
        Question question = access.visible(itemId);
        return question.isPendingVersion() ? question.getRevisionOf() : question.getId();
    }

    @Override
    public ReviewableVersion current(ReviewedItem submitted) {
        return versions.of(version(submitted));
    }

    @Override
    public ReviewableVersion toTakeDown(long itemId) {
        Question question = access.visible(itemId);
        if (!caller.administersLibrary(question.getLibraryId())) {
            throw caller.denied("REVIEW_TAKE_DOWN question " + itemId);
        }
        if (question.getStatus() != QuestionStatus.PUBLISHED) {
            throw QuestionRefusedException.state("notPublished", Long.toString(itemId));
        }
        return versions.of(question);
    }

    @Override
    public Optional<ReviewableVersion> published(long itemId) {
        return questions.find(itemId).filter(q -> q.getParentId() == null)
                .filter(q -> q.getStatus() == QuestionStatus.PUBLISHED).filter(access::canSee).map(versions::of);
    }

    @Override
    public void enter(ReviewedItem item, ReviewStage stage) {
        Question version = version(item);
        switch (stage) {
            case IN_REVIEW -> version.setStatus(QuestionStatus.IN_REVIEW);
            case RETURNED -> version.setStatus(QuestionStatus.RETURNED);
            case WITHDRAWN, TAKEN_DOWN -> version.setStatus(QuestionStatus.DRAFT);
            case PUBLISHED -> publish(version);
        }
    }

    @Override
    public ReviewPreview preview(ReviewedItem item) {
        return ReviewPreview.htmlPage();
    }

    @Override
    public SubjectContent content(ReviewedItem item, boolean converted) {
        return versions.content(item.subjectId(), version(item));
    }

    private void publish(Question version) {
        Long replaced = version.getRevisionOf();
        if (replaced != null) {
            questions.find(replaced).ifPresent(old -> {
                old.setStatus(QuestionStatus.ARCHIVED);
                questions.repointPapers(old.getId(), version.getId());
            });
        }
        version.approve();
    }

    private Question version(ReviewedItem item) {
        long id = item.versionId();
        return questions.find(id).orElseThrow(() -> QuestionRefusedException.notFound(id));
    }
}
