package org.ziyuanku.service.learning;

/**
 * What a heartbeat earned: new seconds credited (0 when refused), the reason when a rule refused it or a part of it,
 * the item's covered and required seconds, percent and whether it is completed.
 */
public record HeartbeatView(long credited, String reason, int coveredSeconds, int requiredSeconds, int percent,
        boolean completed) {
}
