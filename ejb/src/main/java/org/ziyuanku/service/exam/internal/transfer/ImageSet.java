package org.ziyuanku.service.exam.internal.transfer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ziyuanku.service.exam.DraftImage;

/**
 * The images of one question as they are read: each under a safe draft name (letters, digits, dot, dash and
 * underscore; another name is replaced, a repeated one numbered), each at most {@link Bounds#MAX_IMAGE_BYTES}.
 */
final class ImageSet {

    private final Map<String, String> draftNames = new HashMap<>();
    private final List<DraftImage> images = new ArrayList<>();

    /** Adds the image read under its name in the file and answers its draft name. */
    String add(String fileName, byte[] bytes) {
        Bounds.checkImage(fileName, bytes.length);
        String existing = draftNames.get(fileName);
        if (existing != null) {
            return existing;
        }
        String name = safeName(fileName, images.size() + 1);
        int n = 2;
        String base = name;
        while (taken(name)) {
            int dot = base.lastIndexOf('.');
            name = dot > 0 ? base.substring(0, dot) + "-" + n + base.substring(dot) : base + "-" + n;
            n++;
        }
        draftNames.put(fileName, name);
        images.add(new DraftImage(name, mediaType(name), bytes));
        return name;
    }

    Optional<String> draftName(String fileName) {
        return Optional.ofNullable(draftNames.get(fileName));
    }

    private boolean taken(String name) {
        return images.stream().anyMatch(i -> i.name().equals(name));
    }

    List<DraftImage> images() {
        return List.copyOf(images);
    }

    static String safeName(String fileName, int number) {
        String name = fileName.substring(fileName.lastIndexOf('/') + 1);
        if (name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,99}")) {
            return name;
        }
        String extension = extension(name);
        return "image-" + number + (extension.isEmpty() ? "" : "." + extension);
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        String e = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return e.matches("[a-z0-9]{1,5}") ? e : "";
    }

    static String mediaType(String name) {
        return switch (extension(name)) {
            case "png" -> "image/png";
            case "jpg", "jpeg" -> "image/jpeg";
            case "gif" -> "image/gif";
            case "bmp" -> "image/bmp";
            case "webp" -> "image/webp";
            case "svg" -> "image/svg+xml";
            default -> "application/octet-stream";
        };
    }
}
