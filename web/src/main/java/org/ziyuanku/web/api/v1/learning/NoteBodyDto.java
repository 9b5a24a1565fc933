package org.ziyuanku.web.api.v1.learning;

/**
 * A note to write: on creation its target (a resource, or an offering and its item) and the player position in
 * seconds; its text and audience ({@code PRIVATE}, the default, or {@code CLASS}).
 */
public record NoteBodyDto(Long resourceId, Long offeringId, Long nodeId, String body, String visibility,
        Integer positionSeconds) {
}
