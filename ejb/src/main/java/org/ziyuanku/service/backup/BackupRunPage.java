package org.ziyuanku.service.backup;

import java.util.List;

/** One page of backup runs, newest first; {@code page} counts from zero. */
public record BackupRunPage(List<BackupRunView> items, int page, int size, long total) {
}
