package org.ziyuanku.infrastructure.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThumbnailMakerTest {

    @TempDir
    Path dir;

    @Test
    void thumbnail_largeImage_fitsTheBoxAndKeepsItsProportions() throws IOException {
        Path image = dir.resolve("wide.png");
        ImageIO.write(new BufferedImage(1600, 400, BufferedImage.TYPE_INT_RGB), "png", image.toFile());

        BufferedImage thumbnail = ImageIO.read(new ByteArrayInputStream(new ThumbnailMaker().thumbnail(image)
                .orElseThrow()));

        assertEquals(ThumbnailMaker.MAX_WIDTH, thumbnail.getWidth());
        assertEquals(80, thumbnail.getHeight());
    }

    @Test
    void thumbnail_notAnImage_isEmpty() throws IOException {
        Path text = Files.writeString(dir.resolve("a.png"), "not an image");

        assertTrue(new ThumbnailMaker().thumbnail(text).isEmpty());
    }
}
