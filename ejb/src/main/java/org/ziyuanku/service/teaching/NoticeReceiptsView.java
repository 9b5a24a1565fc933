package org.ziyuanku.service.teaching;

import java.io.Serializable;
import java.util.List;

/** Who of the notice's learners read it ("12/30 已读") and who has not. */
public record NoticeReceiptsView(long noticeId, int readCount, int audience, List<Reader> read, List<Reader> unread)
        implements Serializable {

    /** One learner of the notice's audience. */
    public record Reader(long accountId, String username, String displayName) implements Serializable {
    }
}
