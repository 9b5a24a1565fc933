package org.ziyuanku.web.console.resource;

import java.io.Serializable;

/** One line of an upload report on the page: the file, and either the new resource or why it was refused. */
public record UploadResultLine(String file, boolean accepted, Long resourceId, String detail) implements Serializable {
}
