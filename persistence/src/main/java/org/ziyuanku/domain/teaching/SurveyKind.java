package org.ziyuanku.domain.teaching;

/** A vote (投票, exactly one choice item) or a questionnaire (问卷, any items). */
public enum SurveyKind {
    VOTE, QUESTIONNAIRE
}
