package org.ziyuanku.service.teaching;

import java.io.Serializable;

/** One person on a class's staff: TEACHER or ASSISTANT (助教). */
public record StaffView(long accountId, String username, String displayName, String role) implements Serializable {
}
