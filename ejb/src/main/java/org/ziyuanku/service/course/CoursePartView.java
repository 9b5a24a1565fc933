package org.ziyuanku.service.course;

import java.io.Serializable;

/** A referenced resource as an item or a 积件 part shows it now: live title, kind, media type, library, availability. */
public record CoursePartView(Long resourceId, String title, String kind, String mediaType, String libraryName,
        boolean available) implements Serializable {
}
