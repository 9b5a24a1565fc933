package org.ziyuanku.service.learning;

import java.util.List;

/**
 * A heartbeat as the player sent it: the token, its sequence number and the interval it claims to have played since
 * its last beat, whether it is playing, the rate, a seek, page visibility and page number. {@code unknownFields} lists
 * any other members the body carried (e.g. {@code completed}); they are ignored and their presence logged.
 */
public record HeartbeatCommand(String token, Integer seq, Long fromMs, Long toMs, Boolean playing, Double rate,
        Boolean seeked, Boolean visible, Integer page, List<String> unknownFields) {
}
