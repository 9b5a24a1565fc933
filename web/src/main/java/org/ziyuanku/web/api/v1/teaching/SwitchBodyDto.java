package org.ziyuanku.web.api.v1.teaching;

/** A switch turned on or off ({@code {"on": true}}), e.g. a topic's lock or pin. */
public record SwitchBodyDto(Boolean on) {
}
