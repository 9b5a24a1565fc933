package org.ziyuanku.service.graph;

/** A new or changed node: its type (as text, e.g. {@code SKILL}; ignored on a change), name and description. */
public record GraphNodeCommand(String type, String name, String description) {
}
