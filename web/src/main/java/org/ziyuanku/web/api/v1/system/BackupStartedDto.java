package org.ziyuanku.web.api.v1.system;

/** The answer to starting a backup: the id of the run, which goes on in the background. */
public record BackupStartedDto(long runId) {
}
