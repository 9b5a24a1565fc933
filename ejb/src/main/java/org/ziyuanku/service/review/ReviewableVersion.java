package org.ziyuanku.service.review;

import java.util.List;
import org.ziyuanku.domain.review.ReviewedItem;

/** A version of an item as a subject type hands it to the review engine: its facts and the texts to screen. */
public record ReviewableVersion(ReviewedItem item, List<ScreenedText> texts) {
}
