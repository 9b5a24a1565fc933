package org.ziyuanku.service.teaching.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class GroupDealTest {

    @Test
    void everyLearnerLandsInExactlyOneGroup_andSizesDifferByAtMostOne() {
        for (int learners = 0; learners <= 23; learners++) {
            for (int groups = 1; groups <= 7; groups++) {
                List<Long> pool = LongStream.rangeClosed(1, learners).boxed().toList();
                List<List<Long>> dealt = GroupDeal.deal(pool, groups);
                assertEquals(groups, dealt.size());
                Set<Long> seen = new HashSet<>();
                dealt.forEach(g -> g.forEach(l -> assertTrue(seen.add(l), "twice: " + l)));
                assertEquals(new HashSet<>(pool), seen);
                int min = dealt.stream().mapToInt(List::size).min().orElseThrow();
                int max = dealt.stream().mapToInt(List::size).max().orElseThrow();
                assertTrue(max - min <= 1, dealt.toString());
            }
        }
    }

    @Test
    void noGroups_isAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> GroupDeal.deal(List.of(1L), 0));
    }
}
