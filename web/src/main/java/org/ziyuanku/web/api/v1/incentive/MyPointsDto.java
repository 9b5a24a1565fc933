package org.ziyuanku.web.api.v1.incentive;

import java.util.List;
import org.ziyuanku.service.incentive.MyPointsView;

/** The caller's points: total, level, where the next level starts, today per action, latest awards, badges. */
public record MyPointsDto(long total, int level, Long nextLevelAt, List<Today> today, List<Entry> recent,
        List<Badge> badges) {

    /** Today's points of one action against its cap. */
    public record Today(String action, int points, int dailyCap) {
    }

    /** One award. */
    public record Entry(String action, int points, String objectKey, String at) {
    }

    /** One badge with the link of its credential download. */
    public record Badge(long awardId, String badge, String credentialId, String awardedAt, String download) {
    }

    public static MyPointsDto of(MyPointsView v) {
        return new MyPointsDto(v.total(), v.level(), v.nextLevelAt(),
                v.today().stream().map(t -> new Today(t.action(), t.points(), t.dailyCap())).toList(),
                v.recent().stream().map(e -> new Entry(e.action(), e.points(), e.objectKey(), String.valueOf(e.at())))
                        .toList(),
                v.badges().stream().map(b -> new Badge(b.awardId(), b.badge(), b.credentialId().toString(),
                        String.valueOf(b.awardedAt()), "/api/v1/me/badges/" + b.awardId() + "/credential")).toList());
    }
}
