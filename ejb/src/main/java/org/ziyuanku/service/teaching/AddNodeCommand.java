package org.ziyuanku.service.teaching;

import java.io.Serializable;

/**
 * A node the teacher adds to the offering only: a module (no parent), a topic (under a module) or an item (under a
 * topic) that refers to a published resource of any library, or with {@code selfTest} a SELF_TEST item (no resource;
 * its paper is then set through the self-test service).
 */
public record AddNodeCommand(Long parentId, String title, Long resourceId, boolean selfTest) implements Serializable {

    /** A module, topic or resource item. */
    public AddNodeCommand(Long parentId, String title, Long resourceId) {
        this(parentId, title, resourceId, false);
    }
}
