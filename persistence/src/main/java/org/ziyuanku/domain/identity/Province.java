package org.ziyuanku.domain.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A province-level division (省级行政区), identified by its GB/T 2260 code. Reference data from a migration. */
@Entity
@Table(name = "province")
@NamedQuery(name = "Province.findAllOrdered", query = "select p from Province p order by p.code")
public class Province {

    @Id
    private Long id;

    @Column(nullable = false, unique = true, length = 2)
    private String code;

    @Column(nullable = false, unique = true, length = 32)
    private String name;

    @Column(name = "short_name", nullable = false, unique = true, length = 16)
    private String shortName;

    @Column(name = "name_en", nullable = false, length = 64)
    private String nameEn;

    protected Province() {
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

    public String getShortName() {
        return shortName;
    }

    public String getNameEn() {
        return nameEn;
    }
}
