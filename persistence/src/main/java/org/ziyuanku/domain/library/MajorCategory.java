package org.ziyuanku.domain.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A major category (专业大类) of the higher-vocational catalogue, such as 电子信息大类 (code 51); code 99 is 其他.
 * Reference data from a migration.
 */
@Entity
@Table(name = "major_category")
@NamedQuery(name = "MajorCategory.findAllOrdered", query = "select c from MajorCategory c order by c.sortOrder")
@NamedQuery(name = "MajorCategory.findByCode", query = "select c from MajorCategory c where c.code = :code")
public class MajorCategory {

    @Id
    private Long id;

    @Column(nullable = false, unique = true, length = 4)
    private String code;

    @Column(nullable = false, unique = true, length = 64)
    private String name;

    @Column(name = "name_en", nullable = false, length = 128)
    private String nameEn;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected MajorCategory() {
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getNameEn() {
        return nameEn;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
