package org.ziyuanku.service.teaching.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Dealing learners into groups like cards (随机分组): the learners, already shuffled, go round the groups in turn, so
 * every learner lands in exactly one group and group sizes differ by at most one.
 */
public final class GroupDeal {

    private GroupDeal() {
    }

    /** The learners of each of {@code groups} groups (at least 1), in dealing order. */
    public static List<List<Long>> deal(List<Long> shuffled, int groups) {
        if (groups < 1) {
            throw new IllegalArgumentException("groups " + groups);
        }
        List<List<Long>> dealt = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            dealt.add(new ArrayList<>());
        }
        for (int i = 0; i < shuffled.size(); i++) {
            dealt.get(i % groups).add(shuffled.get(i));
        }
        return dealt;
    }
}
