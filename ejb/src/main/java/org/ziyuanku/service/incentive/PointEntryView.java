package org.ziyuanku.service.incentive;

import java.io.Serializable;
import java.time.LocalDateTime;

/** One award in the ledger: 0 points when the day's cap was reached. */
public record PointEntryView(String action, int points, String objectKey, LocalDateTime at) implements Serializable {
}
