package org.ziyuanku.domain.dictionary;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * A code list of the data dictionary (e.g. {@code TERM}, {@code RESOURCE_KIND}): its names, who keeps it, where its
 * codes come from, and its version, raised by every change of one of its entries (integrators compare it).
 */
@Entity
@Table(name = "dictionary_list")
public class DictionaryList {

    @Id
    @Column(length = 32)
    private String code;

    @Column(name = "name_zh", nullable = false, length = 100)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = 100)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private DictionaryPolicy policy;

    @Column(nullable = false, length = 300)
    private String basis;

    @Column(name = "list_version", nullable = false)
    private int listVersion;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected DictionaryList() {
    }

    public DictionaryList(String code, String nameZh, String nameEn, DictionaryPolicy policy, String basis) {
        this.code = code;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.policy = policy;
        this.basis = basis;
        this.listVersion = 1;
        this.updatedAt = LocalDateTime.now();
    }

    /** Whether the system administrator may change its entries. */
    public boolean isOpen() {
        return policy == DictionaryPolicy.OPEN;
    }

    /** Raises the version after one of its entries changed; returns the new version. */
    public int changed(LocalDateTime at) {
        listVersion++;
        updatedAt = at;
        return listVersion;
    }

    public String getCode() {
        return code;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public DictionaryPolicy getPolicy() {
        return policy;
    }

    public String getBasis() {
        return basis;
    }

    public int getListVersion() {
        return listVersion;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }
}
