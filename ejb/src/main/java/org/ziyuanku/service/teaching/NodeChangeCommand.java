package org.ziyuanku.service.teaching;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A teacher's change of one outline node; null fields stay as they are. A new title or resource is a local change of
 * the content; hidden, trial (试学), position and the module's due date are the offering's own settings.
 */
public record NodeChangeCommand(String title, Long resourceId, Boolean hidden, Boolean trial, Integer position,
        LocalDate dueOn) implements Serializable {
}
