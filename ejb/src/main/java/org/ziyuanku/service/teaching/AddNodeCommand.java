package org.ziyuanku.service.teaching;

import java.io.Serializable;

/**
 * A node the teacher adds to the offering only: a module (no parent), a topic (under a module) or an item (under a
 * topic) that refers to a published resource of any library.
 */
public record AddNodeCommand(Long parentId, String title, Long resourceId) implements Serializable {
}
