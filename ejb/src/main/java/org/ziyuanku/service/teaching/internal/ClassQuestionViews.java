package org.ziyuanku.service.teaching.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ziyuanku.domain.teaching.ClassAnswer;
import org.ziyuanku.domain.teaching.ClassQuestion;
import org.ziyuanku.service.teaching.ClassAnswerView;
import org.ziyuanku.service.teaching.ClassQuestionThreadView;
import org.ziyuanku.service.teaching.ClassQuestionView;

/** Builds what a viewer sees of class questions: held text only for its author and staff. */
@ApplicationScoped
public class ClassQuestionViews {

    @Inject
    private ClassQuestionRepository questions;

    @Inject
    private DiscussionViews discussions;

    /** The questions the viewer may read, with their counts of answers. */
    public List<ClassQuestionView> questions(List<ClassQuestion> all, QuestionViewer viewer) {
        List<ClassQuestion> readable = readable(all, viewer);
        Map<Long, Long> counts = questions.answerCounts(readable.stream().map(ClassQuestion::getId).toList());
        Map<Long, String> names = discussions.names(readable.stream().map(ClassQuestion::getAskerId).toList());
        return readable.stream().map(q -> question(q, viewer, names, counts.getOrDefault(q.getId(), 0L))).toList();
    }

    /** The questions of the list the viewer may read. */
    public List<ClassQuestion> readable(List<ClassQuestion> all, QuestionViewer viewer) {
        return all.stream().filter(q -> viewer.reaches(q) && viewer.reads(q.isHeld(), q.getAskerId())).toList();
    }

    /** The question and its answers as the viewer sees them. */
    public ClassQuestionThreadView thread(ClassQuestion question, QuestionViewer viewer) {
        List<ClassAnswer> answers = questions.answers(question.getId()).stream()
                .filter(a -> viewer.reads(a.isHeld(), a.getAuthorId())).toList();
        Set<Long> authors = new HashSet<>(answers.stream().map(ClassAnswer::getAuthorId).toList());
        authors.add(question.getAskerId());
        Map<Long, String> names = discussions.names(List.copyOf(authors));
        long visible = answers.stream().filter(a -> !a.isHeld()).count();
        return new ClassQuestionThreadView(question(question, viewer, names, visible), answers.stream()
                .map(a -> answer(a, viewer, names.getOrDefault(a.getAuthorId(), ""))).toList(), viewer.staff(),
                viewer.resolves(question));
    }

    /** One answer as the viewer sees it. */
    public ClassAnswerView answer(ClassAnswer a, QuestionViewer viewer, String author) {
        return new ClassAnswerView(a.getId(), a.getQuestionId(), a.getBody(), a.isStaffAnswer(), a.isHeld(),
                a.isAccepted(), author, a.getAuthorId() == viewer.accountId(), a.getCreatedAt());
    }

    /** One question as the viewer sees it. */
    public ClassQuestionView question(ClassQuestion q, QuestionViewer viewer, Map<Long, String> names, long answers) {
        return new ClassQuestionView(q.getId(), q.getOfferingId(), q.getClassId(), q.getNodeId(), q.getTitle(),
                q.getBody(), q.getStatus().name(), q.isHeld(), names.getOrDefault(q.getAskerId(), ""),
                q.getAskerId() == viewer.accountId(), q.getCreatedAt(), q.getLastActivityAt(), answers);
    }
}
