package org.ziyuanku.web.api.v1.resource;

import java.util.List;
import org.ziyuanku.service.resource.CommentPageView;

/** One page of a resource's comments, newest first. */
public record CommentPageDto(long total, int page, int size, List<CommentDto> comments) {

    static CommentPageDto of(CommentPageView v) {
        return new CommentPageDto(v.total(), v.page(), v.size(), v.comments().stream().map(CommentDto::of).toList());
    }
}
