package org.ziyuanku.web.api.v1.identity;

import org.ziyuanku.service.identity.MemberView;

/** A member of an organisation in the API: account id, user name, display name and status. */
public record MemberDto(long id, String username, String displayName, String status) {

    public static MemberDto of(MemberView v) {
        return new MemberDto(v.id(), v.username(), v.displayName(), v.status());
    }
}
