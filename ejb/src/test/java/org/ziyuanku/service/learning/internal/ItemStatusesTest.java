package org.ziyuanku.service.learning.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ziyuanku.domain.learning.CoveredIntervals;
import org.ziyuanku.domain.learning.Credit;
import org.ziyuanku.domain.learning.ItemProgress;
import org.ziyuanku.service.course.PublishedAssemblyPart;
import org.ziyuanku.service.teaching.OutlineItem;

class ItemStatusesTest {

    private static final long NODE = 7;
    private static final long ASSEMBLY = 3;
    private static final OutlineItem ITEM = new OutlineItem(1, NODE, "m", "t", "积件", "ASSEMBLY", null, ASSEMBLY,
            false);
    private static final Map<Long, List<PublishedAssemblyPart>> PARTS = Map.of(ASSEMBLY, List.of(
            new PublishedAssemblyPart(11, "a", "VIDEO"), new PublishedAssemblyPart(12, "b", "IMAGE")));

    @Test
    void assembly_withoutProgress_isNotStarted() {
        assertEquals(new ItemStatuses.State("NOT_STARTED", 0), ItemStatuses.of(ITEM, List.of(), PARTS));
    }

    @Test
    void assembly_withOnePartCompleted_isPartialAtHalf() {
        assertEquals(new ItemStatuses.State("PARTIAL", 50), ItemStatuses.of(ITEM, List.of(row(11, 5)), PARTS));
    }

    @Test
    void assembly_withEveryPlayablePartCompleted_isCompleted() {
        ItemStatuses.State state = ItemStatuses.of(ITEM, List.of(row(12, 5), row(11, 5)), PARTS);

        assertEquals(new ItemStatuses.State("COMPLETED", 100), state);
    }

    @Test
    void assembly_completedRowOfAPartNoLongerPlayable_doesNotCount() {
        ItemStatuses.State state = ItemStatuses.of(ITEM, List.of(row(11, 5), row(99, 5)), PARTS);

        assertEquals(new ItemStatuses.State("PARTIAL", 50), state);
    }

    @Test
    void assembly_withoutPlayableParts_isNeverCompleted() {
        ItemStatuses.State state = ItemStatuses.of(ITEM, List.of(row(11, 5)), Map.of(ASSEMBLY, List.of()));

        assertEquals("NOT_STARTED", state.status());
    }

    @Test
    void resourceItem_takesItsRow() {
        OutlineItem resource = new OutlineItem(1, NODE, "m", "t", "clip", "RESOURCE", 11L, null, false);

        assertEquals(new ItemStatuses.State("PARTIAL", 40), ItemStatuses.of(resource, List.of(row(11, 2)), PARTS));
        assertEquals(new ItemStatuses.State("COMPLETED", 100), ItemStatuses.of(resource, List.of(row(11, 5)), PARTS));
    }

    /** A document part of 5 required seconds read for {@code seconds}. */
    private static ItemProgress row(long part, int seconds) {
        LocalDateTime now = LocalDateTime.of(2026, 12, 5, 10, 0);
        ItemProgress row = new ItemProgress(1, NODE, part, 5, now);
        row.creditDocument(new Credit(null, null, false, CoveredIntervals.none(), 0, 0, seconds * 1000L,
                seconds * 1000L, 0), now);
        return row;
    }
}
