package org.ziyuanku.service.course;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * A standard course as its pages and the API show it. {@code revisionOfId} is set on a pending new version;
 * {@code pendingRevisionId} on a published course that has one; {@code editable} and {@code leads} answer for the
 * caller; {@code cover} tells whether it has a cover picture.
 */
public record CourseView(long id, long libraryId, String code, String name, Long majorId, BigDecimal hours,
        BigDecimal credits, String introduction, String objectives, String standardText, String portalTemplate,
        String status, int courseVersion, Long revisionOfId, Long pendingRevisionId, long leadId, String leadName,
        LocalDateTime publishedAt, boolean editable, boolean leads, boolean cover) implements Serializable {
}
