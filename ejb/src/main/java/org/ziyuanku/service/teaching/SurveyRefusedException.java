package org.ziyuanku.service.teaching;

import java.util.Set;
import org.ziyuanku.service.system.RefusedException;

/**
 * A survey request that breaks a rule; nothing of it is stored. Bad contents or answers answer 400; a survey that is
 * no longer a draft, not taking responses, or already answered 409. Keys are {@code teaching.refused.survey*}.
 */
public class SurveyRefusedException extends RefusedException {

    public static final String TITLE = "teaching.refused.surveyTitle";
    public static final String DESCRIPTION = "teaching.refused.surveyDescription";
    public static final String KIND = "teaching.refused.surveyKind";
    public static final String ITEMS = "teaching.refused.surveyItems";
    public static final String VOTE = "teaching.refused.surveyVote";
    public static final String PROMPT = "teaching.refused.surveyPrompt";
    public static final String OPTIONS = "teaching.refused.surveyOptions";
    public static final String MAX_CHOICES = "teaching.refused.surveyMaxChoices";
    public static final String SCALE = "teaching.refused.surveyScale";
    public static final String WINDOW = "teaching.refused.surveyWindow";
    public static final String ANSWER = "teaching.refused.surveyAnswer";
    public static final String NOT_DRAFT = "teaching.refused.surveyNotDraft";
    public static final String NOT_OPEN = "teaching.refused.surveyNotOpen";
    public static final String ANSWERED = "teaching.refused.surveyAnswered";

    private static final long serialVersionUID = 1L;
    private static final Set<String> CONFLICTS = Set.of(NOT_DRAFT, NOT_OPEN, ANSWERED);

    public SurveyRefusedException(String reasonKey, String... reasonArgs) {
        super(reasonKey, reasonArgs);
    }

    @Override
    public Kind kind() {
        return CONFLICTS.contains(getReasonKey()) ? Kind.CONFLICT : Kind.INVALID;
    }
}
