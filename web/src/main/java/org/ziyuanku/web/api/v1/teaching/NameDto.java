package org.ziyuanku.web.api.v1.teaching;

/** A body with one name: a new class's. */
public record NameDto(String name) {
}
