package org.ziyuanku.domain.teaching;

/** How the peer totals of a submission make its score: their median or their mean. */
public enum PeerAggregation {
    MEDIAN, MEAN
}
