package org.ziyuanku.web.api.v1.teaching;

import java.util.List;
import org.ziyuanku.service.teaching.DiscussionThreadView;

/** A topic with its replies, oldest first; {@code moderator} whether the caller may moderate it. */
public record DiscussionThreadDto(DiscussionTopicDto topic, List<DiscussionReplyDto> replies, boolean moderator) {

    static DiscussionThreadDto of(DiscussionThreadView v) {
        return new DiscussionThreadDto(DiscussionTopicDto.of(v.topic()), v.replies().stream()
                .map(DiscussionReplyDto::of).toList(), v.staff());
    }
}
