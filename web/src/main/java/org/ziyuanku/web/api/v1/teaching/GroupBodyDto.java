package org.ziyuanku.web.api.v1.teaching;

/** A new or changed group: {@code {name, maxSize?, version}} (version for a change). */
public record GroupBodyDto(String name, Integer maxSize, Integer version) {
}
