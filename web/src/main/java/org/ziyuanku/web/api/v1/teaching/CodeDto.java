package org.ziyuanku.web.api.v1.teaching;

/** The body of {@code POST /api/v1/classes/join}: the class code. */
public record CodeDto(String code) {
}
