package org.ziyuanku.web.api.v1.graph;

import java.util.List;
import org.ziyuanku.service.graph.GraphNodeDetailView;

/**
 * A node with its published resources, courses and course items, its questions (only for those who work in the
 * library's bank; {@code questionCount} published ones for everybody) and its neighbours.
 */
public record GraphNodeDetailDto(GraphNodeDto node, List<GraphLinkDto> resources, List<GraphLinkDto> courses,
        List<GraphLinkDto> courseItems, List<GraphLinkDto> questions, int questionCount,
        List<GraphNodeDto> neighbours) {

    static GraphNodeDetailDto of(GraphNodeDetailView v) {
        return new GraphNodeDetailDto(GraphNodeDto.of(v.node()), GraphLinkDto.of(v.resources()),
                GraphLinkDto.of(v.courses()), GraphLinkDto.of(v.courseItems()), GraphLinkDto.of(v.questions()),
                v.questionCount(), v.neighbours().stream().map(GraphNodeDto::of).toList());
    }
}
