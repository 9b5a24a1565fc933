package org.ziyuanku.web.api.v1.learning;

import java.time.LocalDateTime;
import org.ziyuanku.service.learning.NoteView;

/** A note: author, target, title, player position in seconds, text, audience, whether the reader wrote it. */
public record NoteDto(long id, String author, Long resourceId, Long offeringId, Long nodeId, String title,
        Integer positionSeconds, String body, String visibility, LocalDateTime updatedAt, boolean mine) {

    static NoteDto of(NoteView v) {
        return new NoteDto(v.id(), v.authorName(), v.resourceId(), v.offeringId(), v.nodeId(), v.title(),
                v.positionSeconds(), v.body(), v.visibility(), v.updatedAt(), v.mine());
    }
}
