package org.ziyuanku.service.graph;

import java.io.Serializable;
import java.util.List;

/**
 * A resource related to another, with the one-line reason: the knowledge or skill points both are tagged with
 * ({@code sharedNodes}, most telling first), or else the course both were made for ({@code sameCourse}).
 */
public record RelatedResourceView(long resourceId, String title, String kind, List<String> sharedNodes,
        String sameCourse) implements Serializable {

    /** The first three shared points joined for display (e.g. {@code 焊接电流、平焊}). */
    public String shared() {
        return String.join("、", sharedNodes.subList(0, Math.min(3, sharedNodes.size())));
    }
}
