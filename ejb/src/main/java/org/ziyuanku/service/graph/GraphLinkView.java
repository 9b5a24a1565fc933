package org.ziyuanku.service.graph;

/**
 * One thing tagged with a node: its kind, id and title; {@code courseId} is the course of a course item (else null),
 * {@code detail} the resource's kind or the course's code.
 */
public record GraphLinkView(GraphLinkKind kind, long id, String title, Long courseId, String detail) {
}
