package org.ziyuanku.web.api.v1.qa;

import java.time.LocalDateTime;
import org.ziyuanku.service.qa.LibraryQuestionView;

/** A library question: asker, status OPEN/ANSWERED, whether in the FAQ, answer count (-1 in lists), best answer. */
public record LibraryQuestionDto(long id, long libraryId, Long resourceId, String title, String body, String asker,
        String status, boolean faq, int answers, String bestAnswer, LocalDateTime createdAt) {

    static LibraryQuestionDto of(LibraryQuestionView v) {
        return new LibraryQuestionDto(v.id(), v.libraryId(), v.resourceId(), v.title(), v.body(), v.asker(),
                v.status(), v.faq(), v.answers(), v.bestAnswer(), v.createdAt());
    }
}
