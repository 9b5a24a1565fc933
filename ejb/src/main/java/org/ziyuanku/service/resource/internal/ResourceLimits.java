package org.ziyuanku.service.resource.internal;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.ziyuanku.domain.resource.ResourceKind;

/**
 * The largest file accepted per kind. Each can be changed with a system property
 * {@code zyk.resource.max-bytes.<kind>} (e.g. {@code zyk.resource.max-bytes.video=4294967296}).
 */
@ApplicationScoped
public class ResourceLimits {

    private static final long MB = 1024L * 1024L;
    private static final Map<ResourceKind, Long> DEFAULTS = new EnumMap<>(Map.of(
            ResourceKind.DOCUMENT, 200 * MB,
            ResourceKind.IMAGE, 30 * MB,
            ResourceKind.ANIMATION, 100 * MB,
            ResourceKind.VIDEO, 2048 * MB,
            ResourceKind.AUDIO, 200 * MB,
            ResourceKind.SIMULATION, 1024 * MB,
            ResourceKind.OTHER, 500 * MB));

    /** The limit in bytes for files of {@code kind}. */
    public long maxBytes(ResourceKind kind) {
        String configured = System.getProperty("zyk.resource.max-bytes." + kind.name().toLowerCase(Locale.ROOT));
        if (configured != null) {
            try {
                return Long.parseLong(configured.strip());
            } catch (NumberFormatException e) {
                return DEFAULTS.get(kind);
            }
        }
        return DEFAULTS.get(kind);
    }

    /** The largest limit of any kind: content over it is refused while it still streams in. */
    public long largest() {
        return Arrays.stream(ResourceKind.values()).mapToLong(this::maxBytes).max().orElse(0);
    }

    /** A limit in whole megabytes, for messages. */
    public static String inMegabytes(long bytes) {
        return Long.toString(Math.max(1, bytes / MB));
    }
}
