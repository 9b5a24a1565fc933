package org.ziyuanku.service.graph;

/** A new edge: source and target node ids and the edge's type as text (e.g. {@code SUPPORTS}). */
public record GraphEdgeCommand(Long sourceId, Long targetId, String type) {
}
