package org.ziyuanku.service.incentive;

import java.io.Serializable;

/** One row of a ranking: the place (ties share it), the account, its name, total and level. */
public record RankingRowView(int rank, long accountId, String displayName, long total, int level, boolean me)
        implements Serializable {
}
