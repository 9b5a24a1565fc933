package org.ziyuanku.web.api.v1.incentive;

import org.ziyuanku.service.incentive.RankingRowView;

/** One row of a ranking; {@code me} marks the caller's own. */
public record RankingRowDto(int rank, long accountId, String displayName, long total, int level, boolean me) {

    public static RankingRowDto of(RankingRowView v) {
        return new RankingRowDto(v.rank(), v.accountId(), v.displayName(), v.total(), v.level(), v.me());
    }
}
