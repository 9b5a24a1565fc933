package org.ziyuanku.service.teaching;

/**
 * A new or changed group: its name (1 to 100 characters, unique in the class), an optional maximum size (1 to 500)
 * and, for a change, the version the teacher saw.
 */
public record GroupCommand(String name, Integer maxSize, Integer version) {
}
