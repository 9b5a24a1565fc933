package org.ziyuanku.infrastructure.media;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reasons' message-key parts, as the upload and homework refusals use them. */
class MediaRejectionTest {

    @Test
    void key_isTheNameInCamelCase() {
        assertEquals(List.of("empty", "executable", "activeContent", "typeNotAllowed", "extensionMismatch",
                "missingExtension", "unreadable"), Arrays.stream(MediaRejection.values()).map(MediaRejection::key)
                .toList());
    }
}
