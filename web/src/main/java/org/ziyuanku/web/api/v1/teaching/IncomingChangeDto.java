package org.ziyuanku.web.api.v1.teaching;

import java.time.LocalDateTime;
import org.ziyuanku.service.teaching.IncomingChangeView;

/** A change of the standard course for the teacher to accept or decline. */
public record IncomingChangeDto(long id, String kind, String status, Long nodeId, String localTitle,
        String standardTitle, int courseVersion, LocalDateTime createdAt) {

    static IncomingChangeDto of(IncomingChangeView v) {
        return new IncomingChangeDto(v.id(), v.kind(), v.status(), v.nodeId(), v.localTitle(), v.standardTitle(),
                v.courseVersion(), v.createdAt());
    }
}
