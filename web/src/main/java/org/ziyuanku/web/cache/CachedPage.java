package org.ziyuanku.web.cache;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;

/**
 * One rendered anonymous answer as kept in the node's cache: the body cut where the page's Content-Security-Policy
 * nonce stood (each answer from the cache gets a fresh nonce in those places and in the policy), its type, the
 * generation it was rendered under, a validator and the time it was rendered.
 *
 * @param parts the body between the nonce's occurrences (one part when the answer has no nonce)
 * @param policy the Content-Security-Policy with the nonce left out ({@link #NONCE} in its place), or null
 */
public record CachedPage(List<byte[]> parts, String contentType, String policy, long generation, String etag,
        long renderedAt) {

    /** Stands for the nonce in {@link #policy}. */
    public static final String NONCE = "{nonce}";

    /** Cuts {@code body} at every occurrence of {@code nonce} (null: none). */
    public static CachedPage of(byte[] body, String nonce, String contentType, String policy, long generation,
            long renderedAt) {
        List<byte[]> parts = new ArrayList<>();
        String template = null;
        if (nonce == null || nonce.isEmpty()) {
            parts.add(body);
        } else {
            cut(body, nonce.getBytes(java.nio.charset.StandardCharsets.US_ASCII), parts);
            template = policy.replace(nonce, NONCE);
        }
        CRC32 crc = new CRC32();
        parts.forEach(crc::update);
        String etag = "W/\"" + Long.toHexString(generation) + "-" + Long.toHexString(crc.getValue()) + "-"
                + Integer.toHexString(parts.stream().mapToInt(p -> p.length).sum()) + "\"";
        return new CachedPage(List.copyOf(parts), contentType, template, generation, etag, renderedAt);
    }

    private static void cut(byte[] body, byte[] nonce, List<byte[]> parts) {
        int start = 0;
        for (int i = indexOf(body, nonce, 0); i >= 0; i = indexOf(body, nonce, start)) {
            parts.add(Arrays.copyOfRange(body, start, i));
            start = i + nonce.length;
        }
        parts.add(Arrays.copyOfRange(body, start, body.length));
    }

    private static int indexOf(byte[] body, byte[] needle, int from) {
        outer:
        for (int i = from; i <= body.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (body[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** The body with {@code nonce} where the rendered page had its own. */
    public byte[] body(String nonce) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(length() + parts.size() * 32);
        byte[] value = nonce.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                out.writeBytes(value);
            }
            out.writeBytes(parts.get(i));
        }
        return out.toByteArray();
    }

    /** The Content-Security-Policy for an answer carrying {@code nonce}, or null when the page had none. */
    public String policy(String nonce) {
        return policy == null ? null : policy.replace(NONCE, nonce);
    }

    private int length() {
        return parts.stream().mapToInt(p -> p.length).sum();
    }
}
