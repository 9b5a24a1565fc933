package org.ziyuanku.web.api.v1.teaching;

/** A person to add by user name; for staff also the role (TEACHER or ASSISTANT). */
public record PersonDto(String username, String role) {
}
