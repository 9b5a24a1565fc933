package org.ziyuanku.service.exam.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ziyuanku.service.exam.DraftImage;
import org.ziyuanku.service.exam.QuestionRefusedException;
import org.ziyuanku.service.resource.CoverImageService;
import org.ziyuanku.service.system.RefusedException;

/**
 * The images of question texts, kept in the shared blob store through the resource context's picture check
 * ({@link CoverImageService}: inspected by content, redrawn as a PNG, so no byte of an upload is ever served). A
 * draft's {@code zyk-draft:NAME} image (at most {@value #MAX_MB} MB, an image type) is stored and addressed
 * {@value #ADDRESS}{sha256}; an address of the bank already in a text stays only when a question of the same library
 * shows that image (so nobody reaches another library's image by naming it); anything else is dropped.
 */
@ApplicationScoped
public class QuestionImages {

    public static final String ADDRESS = "/api/v1/questions/images/";
    public static final String DRAFT = "zyk-draft:";
    static final int MAX_MB = 2;
    public static final long MAX_BYTES = MAX_MB * 1024L * 1024L;
    private static final Pattern STORED = Pattern.compile(Pattern.quote(ADDRESS) + "([0-9a-f]{64})");

    @Inject
    private CoverImageService pictures;

    @Inject
    private QuestionRepository questions;

    /** The images of one draft, resolved as its texts are sanitised; {@link #shown()} the SHA-256 of those kept. */
    public final class Resolver {

        private final long libraryId;
        private final Map<String, DraftImage> byName = new HashMap<>();
        private final Map<String, String> stored = new HashMap<>();
        private final Set<String> shown = new LinkedHashSet<>();

        Resolver(long libraryId, Iterable<DraftImage> images) {
            this.libraryId = libraryId;
            images.forEach(i -> byName.put(i.name(), i));
        }

        /** The address to keep for an image's {@code src}, or null to drop it. */
        public String resolve(String src) {
            String sha = null;
            Matcher own = STORED.matcher(src);
            if (own.matches()) {
                sha = questions.showing(own.group(1)).stream().anyMatch(q -> q.getLibraryId() == libraryId)
                        ? own.group(1) : null;
            } else if (src.startsWith(DRAFT)) {
                String name = src.substring(DRAFT.length());
                sha = stored.computeIfAbsent(name, this::store);
            }
            if (sha == null) {
                return null;
            }
            shown.add(sha);
            return ADDRESS + sha;
        }

        private String store(String name) {
            DraftImage image = byName.get(name);
            if (image == null) {
                throw QuestionRefusedException.invalid("imageMissing", name);
            }
            if (image.bytes().length > MAX_BYTES) {
                throw QuestionRefusedException.invalid("imageTooLarge", name, Integer.toString(MAX_MB));
            }
            if (image.mediaType() == null || !image.mediaType().startsWith("image/")) {
                throw QuestionRefusedException.invalid("imageType", name);
            }
            try {
                return pictures.keep(new ByteArrayInputStream(image.bytes()), name);
            } catch (RefusedException e) {
                throw QuestionRefusedException.invalid("imageType", name);
            }
        }

        public Set<String> shown() {
            return Set.copyOf(shown);
        }
    }

    /** A resolver for the images of a draft of the library. */
    public Resolver resolver(long libraryId, Iterable<DraftImage> images) {
        return new Resolver(libraryId, images);
    }

    /** A stored image's bytes, for export. @throws QuestionRefusedException when it cannot be read */
    public byte[] bytes(String sha256) {
        try {
            return Files.readAllBytes(file(sha256));
        } catch (IOException e) {
            throw new QuestionRefusedException("exam.question.imageUnreadable", sha256);
        }
    }

    /** A stored image's file. */
    public Path file(String sha256) {
        return pictures.locate(sha256);
    }

    /** The bank's image address in a text written as the draft address {@code zyk-draft:{sha256}.png}. */
    public static String toDraft(String html) {
        return html == null ? null : STORED.matcher(html).replaceAll(DRAFT + "$1.png");
    }

    /** The SHA-256 of every bank image a text shows. */
    public static Set<String> shownIn(String html) {
        Set<String> shas = new LinkedHashSet<>();
        if (html != null) {
            STORED.matcher(html).results().forEach(r -> shas.add(r.group(1)));
        }
        return shas;
    }
}
