package org.ziyuanku.domain.course;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The {@code content_hash} of an outline node: SHA-256 over {@code kind|title|resource_id|assembly_id|
 * sha256(page_body)|min_seconds|trial_default}. It leaves out the node's place and the referenced resource's content,
 * so it changes exactly when the node's own content changes (a new resource version is not a course change).
 */
public final class CourseNodeFingerprint {

    private CourseNodeFingerprint() {
    }

    public static String of(CourseItemKind kind, String title, Long resourceId, Long assemblyId, String pageBody,
            int minSeconds, boolean trialDefault) {
        String line = (kind == null ? "" : kind.name()) + "|" + title + "|" + (resourceId == null ? "" : resourceId)
                + "|" + (assemblyId == null ? "" : assemblyId) + "|" + (pageBody == null ? "" : sha256(pageBody))
                + "|" + minSeconds + "|" + trialDefault;
        return sha256(line);
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
