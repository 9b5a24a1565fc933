package org.ziyuanku.service.learning;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * A favourite as its owner sees it: folder, what it is (a resource or a course item), the title, and whether it is
 * still available (a resource taken down, or an item hidden or retired, is not; it is listed without a link).
 */
public record FavouriteView(long id, long folderId, String folderName, Long resourceId, Long offeringId, Long nodeId,
        String title, boolean available, LocalDateTime createdAt) implements Serializable {
}
