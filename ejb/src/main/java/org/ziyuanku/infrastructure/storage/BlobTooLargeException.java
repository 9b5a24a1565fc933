package org.ziyuanku.infrastructure.storage;

import java.io.IOException;

/** Content longer than the limit it was staged under; nothing of it is kept. */
public class BlobTooLargeException extends IOException {

    private static final long serialVersionUID = 1L;

    private final long limitBytes;

    public BlobTooLargeException(long limitBytes) {
        super("content is larger than " + limitBytes + " bytes");
        this.limitBytes = limitBytes;
    }

    public long getLimitBytes() {
        return limitBytes;
    }
}
