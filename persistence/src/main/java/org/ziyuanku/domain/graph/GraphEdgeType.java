package org.ziyuanku.domain.graph;

/**
 * The type of a graph edge, read from source to target: the source CONTAINS the target, is a PREREQUISITE of it,
 * SUPPORTS it (a skill point supporting a job), or is RELATED to it.
 */
public enum GraphEdgeType {
    CONTAINS, PREREQUISITE, SUPPORTS, RELATED
}
