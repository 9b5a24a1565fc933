package org.ziyuanku.service.resource;

/** A claimed preview to make: the resource, its content's blob and its format. */
public record PreviewJob(long resourceId, String blobSha256, String format) {
}
