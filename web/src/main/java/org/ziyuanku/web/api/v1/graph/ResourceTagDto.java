package org.ziyuanku.web.api.v1.graph;

import org.ziyuanku.service.graph.ResourceTagView;

/** A knowledge or skill point a resource is (or may be) tagged with. */
public record ResourceTagDto(long nodeId, String type, String name) {

    static ResourceTagDto of(ResourceTagView v) {
        return new ResourceTagDto(v.nodeId(), v.type().name(), v.name());
    }
}
