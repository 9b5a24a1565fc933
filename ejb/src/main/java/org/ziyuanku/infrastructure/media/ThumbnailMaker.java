package org.ziyuanku.infrastructure.media;

import jakarta.enterprise.context.ApplicationScoped;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Makes the thumbnail of an image or animation (its first frame): at most {@value #MAX_WIDTH} × {@value #MAX_HEIGHT}
 * pixels, as PNG. Images larger than {@value #MAX_PIXELS} pixels, or in a format the JDK cannot read (WebP), get none:
 * decoding them could take more memory than a request should.
 */
@ApplicationScoped
public class ThumbnailMaker {

    public static final int MAX_WIDTH = 320;
    public static final int MAX_HEIGHT = 240;
    static final long MAX_PIXELS = 40_000_000L;

    private static final Logger LOG = Logger.getLogger(ThumbnailMaker.class.getName());

    /** The PNG bytes of the thumbnail, or empty when none can be made. */
    public Optional<byte[]> thumbnail(Path image) {
        return thumbnail(image, MAX_WIDTH, MAX_HEIGHT);
    }

    /** The PNG bytes of the image scaled down to fit the box (never up), or empty when none can be made. */
    public Optional<byte[]> thumbnail(Path image, int maxWidth, int maxHeight) {
        try (ImageInputStream in = ImageIO.createImageInputStream(image.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                    return Optional.empty();
                }
                return Optional.of(png(scaled(reader.read(0), maxWidth, maxHeight)));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.INFO, "no thumbnail for " + image.getFileName() + ": " + e);
            return Optional.empty();
        }
    }

    private static BufferedImage scaled(BufferedImage source, int maxWidth, int maxHeight) {
        double scale = Math.min(1.0, Math.min((double) maxWidth / source.getWidth(),
                (double) maxHeight / source.getHeight()));
        int width = Math.max(1, (int) Math.round(source.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(source.getHeight() * scale));
        BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
