package org.ziyuanku.service.course;

import java.util.Map;

/**
 * Fired in the transaction that copies a course's nodes to another row of the same course: to a new version (from the
 * published nodes) or back at its approval (from the revision's nodes onto the published ones, by node key).
 * {@code copies} maps each source node id to the id of its copy; what annotates a node (its knowledge and skill points
 * in the graph) follows it: a new version starts with the published node's points, the published node ends with the
 * approved version's.
 */
public record CourseNodesCopied(Map<Long, Long> copies) {
}
