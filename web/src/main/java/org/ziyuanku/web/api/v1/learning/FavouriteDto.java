package org.ziyuanku.web.api.v1.learning;

import java.time.LocalDateTime;
import org.ziyuanku.service.learning.FavouriteView;

/** A favourite: folder, a resource or a course item, the title, whether it is still available. */
public record FavouriteDto(long id, long folderId, String folder, Long resourceId, Long offeringId, Long nodeId,
        String title, boolean available, LocalDateTime createdAt) {

    static FavouriteDto of(FavouriteView v) {
        return new FavouriteDto(v.id(), v.folderId(), v.folderName(), v.resourceId(), v.offeringId(), v.nodeId(),
                v.title(), v.available(), v.createdAt());
    }
}
