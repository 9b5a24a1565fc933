package org.ziyuanku.service.operations;

import java.io.Serializable;

/**
 * Disk use of the shared file store: its folder, the bytes its files take, and the size and free space of the file
 * system holding it.
 */
public record DiskUse(String directory, long storeBytes, long totalBytes, long freeBytes) implements Serializable {

    /** The share of the file system in use, 0–100. */
    public int usedPercent() {
        return totalBytes <= 0 ? 0 : (int) Math.round(100.0 * (totalBytes - freeBytes) / totalBytes);
    }
}
