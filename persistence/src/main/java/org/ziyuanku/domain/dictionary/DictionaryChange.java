package org.ziyuanku.domain.dictionary;

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

/** One change of a code list's entry, kept for good: the list version it made, what changed, who and when. */
@Entity
@Table(name = "dictionary_change")
public class DictionaryChange {

    public static final int MAX_DETAIL = 600;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dictionary_change_seq")
    @SequenceGenerator(name = "dictionary_change_seq", sequenceName = "dictionary_change_seq", allocationSize = 50)
    private Long id;

    @Column(name = "list_code", nullable = false, length = 32)
    private String listCode;

    @Column(name = "entry_code", nullable = false, length = 32)
    private String entryCode;

    @Column(name = "list_version", nullable = false)
    private int listVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private DictionaryChangeAction action;

    @Column(nullable = false, length = MAX_DETAIL)
    private String detail;

    @Column(name = "changed_by", nullable = false, length = 128)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private LocalDateTime changedAt;

    protected DictionaryChange() {
    }

    public DictionaryChange(DictionaryEntry entry, int listVersion, DictionaryChangeAction action, String detail) {
        this.listCode = entry.getListCode();
        this.entryCode = entry.getCode();
        this.listVersion = listVersion;
        this.action = action;
        this.detail = detail.length() > MAX_DETAIL ? detail.substring(0, MAX_DETAIL) : detail;
        this.changedBy = entry.getUpdatedBy();
        this.changedAt = entry.getUpdatedAt();
    }

    public Long getId() {
        return id;
    }

    public String getListCode() {
        return listCode;
    }

    public String getEntryCode() {
        return entryCode;
    }

    public int getListVersion() {
        return listVersion;
    }

    public DictionaryChangeAction getAction() {
        return action;
    }

    public String getDetail() {
        return detail;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public LocalDateTime getChangedAt() {
        return changedAt;
    }
}
