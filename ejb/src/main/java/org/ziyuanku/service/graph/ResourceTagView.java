package org.ziyuanku.service.graph;

import java.io.Serializable;
import org.ziyuanku.domain.graph.GraphNodeType;

/** A knowledge or skill point (知识点/技能点) a resource is, or may be, tagged with. */
public record ResourceTagView(long nodeId, GraphNodeType type, String name) implements Serializable {
}
