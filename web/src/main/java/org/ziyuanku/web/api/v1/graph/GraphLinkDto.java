package org.ziyuanku.web.api.v1.graph;

import java.util.List;
import org.ziyuanku.service.graph.GraphLinkView;

/** Something tagged with a node: kind, id, title, the course of a course item, the resource kind or course code. */
public record GraphLinkDto(String kind, long id, String title, Long courseId, String detail) {

    static List<GraphLinkDto> of(List<GraphLinkView> links) {
        return links.stream().map(l -> new GraphLinkDto(l.kind().name(), l.id(), l.title(), l.courseId(), l.detail()))
                .toList();
    }
}
