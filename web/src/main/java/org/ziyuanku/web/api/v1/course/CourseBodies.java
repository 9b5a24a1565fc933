package org.ziyuanku.web.api.v1.course;

import java.math.BigDecimal;
import java.util.List;

/** The JSON bodies the course API takes. */
public final class CourseBodies {

    private CourseBodies() {
    }

    /** {@code {"libraryId":53,"code":"WELD-01","name":"焊接工艺"}} */
    public record NewCourse(Long libraryId, String code, String name) {
    }

    /** The course's attributes; {@code portalTemplate} CLASSIC or CARDS. */
    public record Describe(String name, Long majorId, BigDecimal hours, BigDecimal credits, String introduction,
            String objectives, String standardText, String portalTemplate) {
    }

    /**
     * An outline node: {@code parentId} (none for a module), {@code position}, {@code title}; an item also
     * {@code itemKind} RESOURCE (with {@code resourceId}), ASSEMBLY (with {@code assemblyId}) or PAGE (with
     * {@code pageBody}, rich text), {@code minSeconds}, {@code trialDefault}.
     */
    public record Node(Long parentId, Integer position, String title, String itemKind, Long resourceId,
            Long assemblyId, String pageBody, Integer minSeconds, Boolean trialDefault) {
    }

    /** A 积件: {@code libraryId}, {@code name}, {@code description}, {@code resourceIds} in order. */
    public record Assembly(Long libraryId, String name, String description, List<Long> resourceIds) {
    }

    /** A new member of the course team by user name. */
    public record Member(String username) {
    }
}
