package org.ziyuanku.service.library;

import java.io.Serializable;

/** A major category with the number of libraries in it. */
public record MajorCategoryView(String code, String name, String nameEn, long libraryCount) implements Serializable {
}
