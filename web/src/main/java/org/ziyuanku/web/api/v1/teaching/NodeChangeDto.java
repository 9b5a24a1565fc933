package org.ziyuanku.web.api.v1.teaching;

import java.time.LocalDate;

/** The body of {@code PATCH …/outline/nodes/{nodeId}}: only the fields given change. */
public record NodeChangeDto(String title, Long resourceId, Boolean hidden, Boolean trial, Integer position,
        LocalDate dueOn) {
}
