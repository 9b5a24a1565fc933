package org.ziyuanku.web.api.v1.teaching;

import org.ziyuanku.service.teaching.StaffView;

/** One person on a class's staff. */
public record StaffDto(long accountId, String username, String displayName, String role) {

    static StaffDto of(StaffView v) {
        return new StaffDto(v.accountId(), v.username(), v.displayName(), v.role());
    }
}
