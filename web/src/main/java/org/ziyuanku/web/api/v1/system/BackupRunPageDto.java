package org.ziyuanku.web.api.v1.system;

import java.util.List;
import org.ziyuanku.service.backup.BackupRunPage;

/** One page of backup runs, newest first; {@code page} counts from zero. */
public record BackupRunPageDto(List<BackupRunDto> items, int page, int size, long total) {

    static BackupRunPageDto of(BackupRunPage page) {
        return new BackupRunPageDto(page.items().stream().map(BackupRunDto::of).toList(), page.page(), page.size(),
                page.total());
    }
}
