package org.ziyuanku.service.qa;

import java.io.Serializable;
import java.time.LocalDateTime;

/** An answer to a library question: its author, whether by staff, whether the best. */
public record LibraryAnswerView(long id, String author, boolean staff, String body, boolean best,
        LocalDateTime createdAt) implements Serializable {
}
