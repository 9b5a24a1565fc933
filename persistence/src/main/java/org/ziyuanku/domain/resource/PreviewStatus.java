package org.ziyuanku.domain.resource;

/**
 * Where the background preview of a resource stands: none needed; waiting; being made on a node; ready; failed; or
 * impossible because the converter (LibreOffice, ffmpeg) is not installed on the server.
 */
public enum PreviewStatus {
    NONE, PENDING, CONVERTING, READY, FAILED, UNAVAILABLE
}
