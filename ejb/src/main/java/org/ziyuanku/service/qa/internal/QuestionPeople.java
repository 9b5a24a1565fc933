package org.ziyuanku.service.qa.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.ziyuanku.domain.identity.UserAccount;
import org.ziyuanku.domain.qa.LibraryAnswer;
import org.ziyuanku.domain.qa.LibraryQuestion;
import org.ziyuanku.service.identity.Accounts;
import org.ziyuanku.service.qa.LibraryAnswerView;
import org.ziyuanku.service.qa.LibraryQuestionView;

/** Turns questions and answers into views, with the display names of who asked and answered. */
@ApplicationScoped
public class QuestionPeople {

    @Inject
    private Accounts accounts;

    @Inject
    private LibraryQuestionRepository questions;

    /** The questions as list views, each with its best answer and answer count. */
    public List<LibraryQuestionView> views(List<LibraryQuestion> list) {
        Map<Long, String> names = names(list.stream().map(LibraryQuestion::getAskerId).toList());
        Map<Long, LibraryAnswer> best = questions.bestAnswers(list.stream().map(LibraryQuestion::getId).toList());
        return list.stream().map(q -> view(q, names, best.get(q.getId()), -1)).toList();
    }

    /** One question as a view, with the number of answers given. */
    public LibraryQuestionView view(LibraryQuestion q, List<LibraryAnswer> answers) {
        LibraryAnswer best = answers.stream().filter(LibraryAnswer::isBest).findFirst().orElse(null);
        return view(q, names(List.of(q.getAskerId())), best, answers.size());
    }

    /** The answers as views. */
    public List<LibraryAnswerView> answers(List<LibraryAnswer> list) {
        Map<Long, String> names = names(list.stream().map(LibraryAnswer::getAuthorId).toList());
        return list.stream().map(a -> view(a, names)).toList();
    }

    /** The answers of these questions as views, by question id, oldest first. */
    public Map<Long, List<LibraryAnswerView>> answersOf(List<LibraryQuestion> list) {
        Map<Long, List<LibraryAnswerView>> byQuestion = new HashMap<>();
        List<LibraryAnswer> all = questions.answersOf(list.stream().map(LibraryQuestion::getId).toList());
        Map<Long, String> names = names(all.stream().map(LibraryAnswer::getAuthorId).toList());
        for (LibraryAnswer a : all) {
            byQuestion.computeIfAbsent(a.getQuestionId(), q -> new ArrayList<>()).add(view(a, names));
        }
        return byQuestion;
    }

    private static LibraryAnswerView view(LibraryAnswer a, Map<Long, String> names) {
        return new LibraryAnswerView(a.getId(), names.getOrDefault(a.getAuthorId(), ""), a.isStaffAnswer(),
                a.getBody(), a.isBest(), a.getCreatedAt());
    }

    private LibraryQuestionView view(LibraryQuestion q, Map<Long, String> names, LibraryAnswer best, int count) {
        return new LibraryQuestionView(q.getId(), q.getLibraryId(), q.getResourceId(), q.getTitle(), q.getBody(),
                names.getOrDefault(q.getAskerId(), ""), q.getStatus(), q.isFaq(), count,
                best == null ? null : best.getBody(), q.getCreatedAt());
    }

    private Map<Long, String> names(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            for (UserAccount a : accounts.withIds(List.copyOf(new HashSet<>(ids)))) {
                names.put(a.getId(), a.getDisplayName() == null ? a.getUsername() : a.getDisplayName());
            }
        }
        return names;
    }
}
