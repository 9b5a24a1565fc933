package org.ziyuanku.web.api.v1.learning;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Set;
import org.ziyuanku.service.learning.HeartbeatCommand;

/**
 * Reads a heartbeat body member by member: a member of the wrong type counts as missing (the service refuses the beat
 * as MALFORMED), and members the API does not know (e.g. {@code completed}, {@code progress}) are listed so the
 * service can ignore and log them.
 */
final class HeartbeatBodies {

    static final Set<String> KNOWN = Set.of("token", "seq", "fromMs", "toMs", "playing", "rate", "seeked", "visible",
            "page");

    private HeartbeatBodies() {
    }

    static HeartbeatCommand read(JsonObject body) {
        if (body == null) {
            return null;
        }
        List<String> unknown = body.keySet().stream().filter(k -> !KNOWN.contains(k)).sorted().limit(10).toList();
        Long seq = number(body.get("seq"));
        Long page = number(body.get("page"));
        JsonValue rate = body.get("rate");
        return new HeartbeatCommand(text(body.get("token")), seq == null || seq > Integer.MAX_VALUE ? null
                : seq.intValue(), number(body.get("fromMs")), number(body.get("toMs")), flag(body.get("playing")),
                rate instanceof JsonNumber n ? n.doubleValue() : null, flag(body.get("seeked")),
                flag(body.get("visible")), page == null || page > Integer.MAX_VALUE ? null : page.intValue(), unknown);
    }

    /** The token member of an end body. */
    static String token(JsonObject body) {
        return body == null ? null : text(body.get("token"));
    }

    private static String text(JsonValue value) {
        return value instanceof JsonString s && s.getString().length() <= 100 ? s.getString() : null;
    }

    private static Long number(JsonValue value) {
        return value instanceof JsonNumber n && n.isIntegral() && n.bigDecimalValue().abs().longValue() < 1L << 50
                ? n.longValue() : null;
    }

    private static Boolean flag(JsonValue value) {
        return value == JsonValue.TRUE ? Boolean.TRUE : value == JsonValue.FALSE ? Boolean.FALSE : null;
    }
}
