package org.ziyuanku.service.teaching;

import java.io.Serializable;
import java.time.LocalDateTime;

/** An answer as the caller sees it: {@code staff} answered by a teacher or assistant of the class, else a learner. */
public record ClassAnswerView(long id, long questionId, String body, boolean staff, boolean held, boolean accepted,
        String authorName, boolean mine, LocalDateTime createdAt) implements Serializable {
}
