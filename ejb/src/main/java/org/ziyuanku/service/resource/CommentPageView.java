package org.ziyuanku.service.resource;

import java.io.Serializable;
import java.util.List;

/** One page of a resource's comments, newest first, with the total. */
public record CommentPageView(long total, int page, int size, List<CommentView> comments) implements Serializable {
}
