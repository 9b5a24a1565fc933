package org.ziyuanku.domain.dictionary;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One entry of a code list: its code (never changes once used), its Chinese and English labels, its place in the
 * list and whether it is offered for new data; each change raises its revision.
 */
@Entity
@Table(name = "dictionary_entry")
public class DictionaryEntry {

    public static final int MAX_CODE = 32;
    public static final int MAX_LABEL = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dictionary_entry_seq")
    @SequenceGenerator(name = "dictionary_entry_seq", sequenceName = "dictionary_entry_seq", allocationSize = 50)
    private Long id;

    @Column(name = "list_code", nullable = false, length = MAX_CODE)
    private String listCode;

    @Column(nullable = false, length = MAX_CODE)
    private String code;

    @Column(name = "label_zh", nullable = false, length = 128)
    private String labelZh;

    @Column(name = "label_en", nullable = false, length = 128)
    private String labelEn;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean active;

    @Column(nullable = false)
    private int revision;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Column(name = "updated_by", nullable = false, length = 128)
    private String updatedBy;

    protected DictionaryEntry() {
    }

    public DictionaryEntry(String listCode, String code, String labelZh, String labelEn, int sortOrder, String by,
            LocalDateTime at) {
        this.listCode = Objects.requireNonNull(listCode);
        this.code = Objects.requireNonNull(code);
        this.labelZh = Objects.requireNonNull(labelZh);
        this.labelEn = Objects.requireNonNull(labelEn);
        this.sortOrder = sortOrder;
        this.active = true;
        this.revision = 1;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /** Changes labels and place; returns whether anything differed. */
    public boolean change(String newLabelZh, String newLabelEn, int newSortOrder, String by, LocalDateTime at) {
        if (labelZh.equals(newLabelZh) && labelEn.equals(newLabelEn) && sortOrder == newSortOrder) {
            return false;
        }
        labelZh = newLabelZh;
        labelEn = newLabelEn;
        sortOrder = newSortOrder;
        touched(by, at);
        return true;
    }

    /** Offers the entry for new data or stops offering it (data that uses it keeps it); returns whether it changed. */
    public boolean activate(boolean offered, String by, LocalDateTime at) {
        if (active == offered) {
            return false;
        }
        active = offered;
        touched(by, at);
        return true;
    }

    private void touched(String by, LocalDateTime at) {
        revision++;
        updatedBy = by;
        updatedAt = at;
    }

    /** The label in Chinese or English. */
    public String label(boolean english) {
        return english ? labelEn : labelZh;
    }

    public Long getId() {
        return id;
    }

    public String getListCode() {
        return listCode;
    }

    public String getCode() {
        return code;
    }

    public String getLabelZh() {
        return labelZh;
    }

    public String getLabelEn() {
        return labelEn;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public boolean isActive() {
        return active;
    }

    public int getRevision() {
        return revision;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
