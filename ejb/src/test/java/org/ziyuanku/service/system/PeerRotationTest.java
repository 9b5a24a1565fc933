package org.ziyuanku.service.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class PeerRotationTest {

    @Test
    void everySubmissionGetsExactlyNReviewers_everyReviewerNReviews_neverTheirOwn() {
        for (int n = 1; n <= 4; n++) {
            for (int size = n + 1; size <= 12; size++) {
                List<Long> people = new ArrayList<>(LongStream.rangeClosed(1, size).boxed().toList());
                Collections.shuffle(people, new Random(size * 31L + n));
                Map<Long, List<Long>> plan = PeerRotation.rotate(people, n);
                assertTrue(PeerRotation.sound(plan));
                assertEquals(size, plan.size());
                Map<Long, Integer> load = new HashMap<>();
                for (Map.Entry<Long, List<Long>> e : plan.entrySet()) {
                    assertEquals(n, e.getValue().size());
                    assertFalse(e.getValue().contains(e.getKey()));
                    e.getValue().forEach(r -> load.merge(r, 1, Integer::sum));
                }
                int reviews = n;
                assertTrue(load.values().stream().allMatch(c -> c == reviews), load.toString());
            }
        }
    }

    @Test
    void nSubmittersOrFewer_areRefused() {
        assertThrows(IllegalArgumentException.class, () -> PeerRotation.rotate(List.of(1L, 2L), 2));
    }

    @Test
    void lateJoiners_getNReviewersWithTheFewestReviews_neverThemselves() {
        Map<Long, Integer> load = new LinkedHashMap<>();
        load.put(1L, 2);
        load.put(2L, 2);
        load.put(3L, 2);
        Map<Long, List<Long>> plan = PeerRotation.addLate(List.of(9L, 10L), load, 2);
        assertEquals(List.of(1L, 2L), plan.get(9L));
        assertEquals(List.of(3L, 1L), plan.get(10L));
        assertEquals(Map.of(1L, 4, 2L, 3, 3L, 3), load);
    }
}
