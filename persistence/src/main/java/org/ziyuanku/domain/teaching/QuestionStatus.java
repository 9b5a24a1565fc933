package org.ziyuanku.domain.teaching;

/** A class question's state: OPEN until an answer is accepted (ANSWERED); staff or the asker may close it (CLOSED). */
public enum QuestionStatus {
    OPEN,
    ANSWERED,
    CLOSED
}
