package org.ziyuanku.web.api.v1.teaching;

/** Random groups: {@code {groups}} (how many) or {@code {size}} (at most how many in each), optional prefix. */
public record RandomGroupsBodyDto(Integer groups, Integer size, String prefix) {
}
