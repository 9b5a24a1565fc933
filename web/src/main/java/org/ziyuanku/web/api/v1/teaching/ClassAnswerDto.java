package org.ziyuanku.web.api.v1.teaching;

import java.time.LocalDateTime;
import org.ziyuanku.service.teaching.ClassAnswerView;

/** An answer; {@code staff} by a teacher or assistant of the class (else by a learner); at most one accepted. */
public record ClassAnswerDto(long id, long questionId, String body, boolean staff, boolean held, boolean accepted,
        String authorName, boolean mine, LocalDateTime createdAt) {

    static ClassAnswerDto of(ClassAnswerView v) {
        return new ClassAnswerDto(v.id(), v.questionId(), v.body(), v.staff(), v.held(), v.accepted(), v.authorName(),
                v.mine(), v.createdAt());
    }
}
