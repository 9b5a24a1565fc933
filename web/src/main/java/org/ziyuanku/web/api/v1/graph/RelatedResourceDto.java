package org.ziyuanku.web.api.v1.graph;

import java.util.List;
import org.ziyuanku.service.graph.RelatedResourceView;

/** A related resource and why: the shared knowledge or skill points, or the shared course. */
public record RelatedResourceDto(long id, String title, String kind, List<String> sharedNodes, String sameCourse) {

    public static RelatedResourceDto of(RelatedResourceView v) {
        return new RelatedResourceDto(v.resourceId(), v.title(), v.kind(), v.sharedNodes(), v.sameCourse());
    }
}
