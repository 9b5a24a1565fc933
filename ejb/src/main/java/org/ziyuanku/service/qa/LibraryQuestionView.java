package org.ziyuanku.service.qa;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * A library question in a list: who asked, whether it is answered (a best answer) and in the FAQ, how many answers,
 * and the best answer's text when there is one.
 */
public record LibraryQuestionView(long id, long libraryId, Long resourceId, String title, String body, String asker,
        String status, boolean faq, int answers, String bestAnswer, LocalDateTime createdAt) implements Serializable {
}
