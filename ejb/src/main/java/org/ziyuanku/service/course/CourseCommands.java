package org.ziyuanku.service.course;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** What the course services take: plain values as the pages and the API received them. */
public final class CourseCommands {

    private CourseCommands() {
    }

    /** A new course: library, code, name. */
    public record Create(long libraryId, String code, String name) implements Serializable {
    }

    /** The course's attributes; {@code portalTemplate} CLASSIC or CARDS (null keeps it). */
    public record Describe(String name, Long majorId, BigDecimal hours, BigDecimal credits, String introduction,
            String objectives, String standardText, String portalTemplate) implements Serializable {
    }

    /**
     * An outline node: a module (no parent), a topic (under a module) or an item (under a topic, with its kind and
     * reference). {@code position} null puts it last. {@code minSeconds} null means 60.
     */
    public record Node(Long parentId, Integer position, String title, String itemKind, Long resourceId,
            Long assemblyId, String pageBody, Integer minSeconds, boolean trialDefault) implements Serializable {
    }

    /** A 积件: name, description and its parts (resource ids of published resources, in order). */
    public record Assembly(long libraryId, String name, String description, List<Long> resourceIds)
            implements Serializable {
    }
}
