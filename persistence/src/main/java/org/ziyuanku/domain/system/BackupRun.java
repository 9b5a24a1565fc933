package org.ziyuanku.domain.system;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * One run of the backup job (数据备份): who asked for it (a system administrator, or "scheduler"), when it started and
 * ended, how it ended, the generation folder it wrote, the generation's total size, the SHA-256 of its manifest, and
 * how many stored files it copied and how many it took over from the previous generation.
 */
@Entity
@Table(name = "backup_run")
public class BackupRun {

    public static final int MAX_MESSAGE = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "backup_run_seq")
    @SequenceGenerator(name = "backup_run_seq", sequenceName = "backup_run_seq", allocationSize = 1)
    private Long id;

    @Column(name = "requested_by", nullable = false, length = 128)
    private String requestedBy;

    @Column(name = "started_at", nullable = false)
    private LocalDateTime startedAt;

    @Column(name = "finished_at")
    private LocalDateTime finishedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private BackupOutcome outcome;

    @Column(name = "size_bytes")
    private Long sizeBytes;

    @Column(name = "manifest_sha256", length = 64)
    private String manifestSha256;

    @Column(name = "blobs_copied")
    private Integer blobsCopied;

    @Column(name = "blobs_linked")
    private Integer blobsLinked;

    @Column(length = 1000)
    private String generation;

    @Column(length = MAX_MESSAGE)
    private String message;

    protected BackupRun() {
    }

    public BackupRun(String requestedBy, LocalDateTime startedAt) {
        this.requestedBy = requestedBy;
        this.startedAt = startedAt;
        this.outcome = BackupOutcome.RUNNING;
    }

    /** The run ended well: what it wrote. */
    public void succeeded(String generationPath, long size, String manifestSha, int copied, int linked) {
        this.generation = generationPath;
        this.sizeBytes = size;
        this.manifestSha256 = manifestSha;
        this.blobsCopied = copied;
        this.blobsLinked = linked;
        end(BackupOutcome.SUCCESS, null);
    }

    /** The run failed, with the reason (cut to the column's length). */
    public void failed(String generationPath, String reason) {
        this.generation = generationPath;
        end(BackupOutcome.FAILURE, reason);
    }

    private void end(BackupOutcome result, String reason) {
        this.outcome = result;
        this.finishedAt = LocalDateTime.now();
        this.message = reason == null || reason.length() <= MAX_MESSAGE ? reason : reason.substring(0, MAX_MESSAGE);
    }

    public Long getId() {
        return id;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public LocalDateTime getStartedAt() {
        return startedAt;
    }

    public LocalDateTime getFinishedAt() {
        return finishedAt;
    }

    public BackupOutcome getOutcome() {
        return outcome;
    }

    public Long getSizeBytes() {
        return sizeBytes;
    }

    public String getManifestSha256() {
        return manifestSha256;
    }

    public Integer getBlobsCopied() {
        return blobsCopied;
    }

    public Integer getBlobsLinked() {
        return blobsLinked;
    }

    public String getGeneration() {
        return generation;
    }

    public String getMessage() {
        return message;
    }
}
