package org.ziyuanku.web.api.v1.teaching;

import java.util.List;
import org.ziyuanku.service.teaching.NoticeReceiptsView;

/** Who of a notice's learners read it ({@code readCount} of {@code audience}) and who has not. */
public record NoticeReceiptsDto(long noticeId, int readCount, int audience, List<PersonRef> read,
        List<PersonRef> unread) {

    /** One learner. */
    public record PersonRef(long accountId, String username, String displayName) {

        static PersonRef of(NoticeReceiptsView.Reader r) {
            return new PersonRef(r.accountId(), r.username(), r.displayName());
        }
    }

    static NoticeReceiptsDto of(NoticeReceiptsView v) {
        return new NoticeReceiptsDto(v.noticeId(), v.readCount(), v.audience(),
                v.read().stream().map(PersonRef::of).toList(), v.unread().stream().map(PersonRef::of).toList());
    }
}
