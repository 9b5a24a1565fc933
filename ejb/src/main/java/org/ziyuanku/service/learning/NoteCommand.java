package org.ziyuanku.service.learning;

/** A note to write: its target (on creation), text, audience ({@code PRIVATE} or {@code CLASS}) and position. */
public record NoteCommand(TargetCommand target, String body, String visibility, Integer positionSeconds) {
}
