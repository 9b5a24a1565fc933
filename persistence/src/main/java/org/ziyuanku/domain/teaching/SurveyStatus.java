package org.ziyuanku.domain.teaching;

/** A survey is edited as a DRAFT, answered while OPEN (and inside its window), read only once CLOSED. */
public enum SurveyStatus {
    DRAFT, OPEN, CLOSED
}
