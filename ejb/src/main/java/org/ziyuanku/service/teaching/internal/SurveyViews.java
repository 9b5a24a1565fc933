package org.ziyuanku.service.teaching.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.ziyuanku.domain.identity.UserAccount;
import org.ziyuanku.domain.teaching.ClassSurvey;
import org.ziyuanku.domain.teaching.SurveyItem;
import org.ziyuanku.service.identity.Accounts;
import org.ziyuanku.service.teaching.SurveyItemView;
import org.ziyuanku.service.teaching.SurveyView;

/** Surveys as views for staff (with the number of respondents) or for a learner (with their own participation). */
@ApplicationScoped
public class SurveyViews {

    @Inject
    private Accounts accounts;

    @Inject
    private SurveyRepository surveys;

    /** The views; {@code learnerId} null for staff. */
    public List<SurveyView> of(List<ClassSurvey> list, Long learnerId) {
        Map<Long, UserAccount> authors = people(list.stream().map(ClassSurvey::getAuthorId).toList());
        LocalDateTime now = LocalDateTime.now();
        return list.stream().map(s -> {
            boolean responded = learnerId != null && surveys.participated(s.getId(), learnerId);
            UserAccount author = authors.get(s.getAuthorId());
            return new SurveyView(s.getId(), s.getOfferingId(), s.getClassId(), s.getKind().name(), s.getTitle(),
                    s.getDescription(), s.isAnonymous(), s.isResultsVisible(), s.isChangeable(), s.getOpensAt(),
                    s.getClosesAt(), s.getStatus().name(), s.isAccepting(now), author == null ? ""
                    : author.getDisplayName(), s.getCreatedAt(), s.getItems().stream().map(SurveyViews::item).toList(),
                    learnerId == null ? surveys.participants(s.getId()) : 0, responded,
                    learnerId == null || responded && s.isResultsVisible());
        }).toList();
    }

    public SurveyView of(ClassSurvey survey, Long learnerId) {
        return of(List.of(survey), learnerId).get(0);
    }

    /** The accounts with the ids, by id. */
    public Map<Long, UserAccount> people(List<Long> ids) {
        return accounts.byId(new HashSet<>(ids));
    }

    private static SurveyItemView item(SurveyItem i) {
        return new SurveyItemView(i.getKind().name(), i.getPrompt(), i.getOptions(), i.getMaxChoices(),
                i.getScaleMax(), i.getLowLabel(), i.getHighLabel());
    }
}
