package org.ziyuanku.service.review;

import java.io.Serializable;

/** One piece of a submission to screen: the field it comes from ("title", "description", "keywords", "text"). */
public record ScreenedText(String field, String text) implements Serializable {
}
