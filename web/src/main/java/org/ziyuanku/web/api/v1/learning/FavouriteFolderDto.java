package org.ziyuanku.web.api.v1.learning;

import org.ziyuanku.service.learning.FolderView;

/** A favourite folder with the number of favourites in it. */
public record FavouriteFolderDto(long id, String name, long favourites) {

    static FavouriteFolderDto of(FolderView v) {
        return new FavouriteFolderDto(v.id(), v.name(), v.favourites());
    }
}
