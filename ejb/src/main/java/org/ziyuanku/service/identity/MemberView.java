package org.ziyuanku.service.identity;

import java.io.Serializable;

/** A member of an organisation as its administrators see them. */
public record MemberView(long id, String username, String displayName, String status) implements Serializable {
}
