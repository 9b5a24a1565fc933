package org.ziyuanku.web.api.v1.qa;

import java.time.LocalDateTime;
import org.ziyuanku.service.qa.LibraryAnswerView;

/** An answer to a library question. */
public record LibraryAnswerDto(long id, String author, boolean staff, String body, boolean best,
        LocalDateTime createdAt) {

    static LibraryAnswerDto of(LibraryAnswerView v) {
        return new LibraryAnswerDto(v.id(), v.author(), v.staff(), v.body(), v.best(), v.createdAt());
    }
}
