package org.ziyuanku.service.learning;

import java.io.Serializable;

/** One of the caller's favourite folders with the number of favourites in it. */
public record FolderView(long id, String name, long favourites) implements Serializable {
}
