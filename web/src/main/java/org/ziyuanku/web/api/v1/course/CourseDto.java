package org.ziyuanku.web.api.v1.course;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.ziyuanku.service.course.CourseView;

/** A standard course in the API; {@code coverUrl} is where its cover picture is (null without one). */
public record CourseDto(long id, long libraryId, String code, String name, Long majorId, BigDecimal hours,
        BigDecimal credits, String introduction, String objectives, String standardText, String portalTemplate,
        String status, int courseVersion, Long revisionOfId, Long pendingRevisionId, long leadId, String leadName,
        LocalDateTime publishedAt, String coverUrl) {

    public static CourseDto of(CourseView c) {
        return new CourseDto(c.id(), c.libraryId(), c.code(), c.name(), c.majorId(), c.hours(), c.credits(),
                c.introduction(), c.objectives(), c.standardText(), c.portalTemplate(), c.status(), c.courseVersion(),
                c.revisionOfId(), c.pendingRevisionId(), c.leadId(), c.leadName(), c.publishedAt(),
                c.cover() ? "/api/v1/courses/" + c.id() + "/cover" : null);
    }
}
