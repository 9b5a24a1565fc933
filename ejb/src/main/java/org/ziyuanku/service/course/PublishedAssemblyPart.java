package org.ziyuanku.service.course;

import java.io.Serializable;

/**
 * A part of a 积件 as learners may play it: the published resource it refers to (its id is the part's id in learning),
 * the title it shows in the 积件 (the part's own title, else the resource's current one) and the resource's kind.
 */
public record PublishedAssemblyPart(long resourceId, String title, String kind) implements Serializable {
}
