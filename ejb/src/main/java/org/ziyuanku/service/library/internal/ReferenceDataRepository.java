package org.ziyuanku.service.library.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ziyuanku.domain.identity.Organisation;
import org.ziyuanku.domain.library.Major;
import org.ziyuanku.domain.library.MajorCategory;
import org.ziyuanku.domain.identity.Province;

/** Provinces, major categories and organisations, loaded as maps by their natural keys; majors by code. */
@ApplicationScoped
public class ReferenceDataRepository {

    @PersistenceContext(unitName = "ziyuanku")
    private EntityManager em;

    public Map<String, Province> provincesByCode() {
        return em.createNamedQuery("Province.findAllOrdered", Province.class).getResultStream()
                .collect(Collectors.toMap(Province::getCode, Function.identity()));
    }

    public Map<String, MajorCategory> categoriesByCode() {
        return em.createNamedQuery("MajorCategory.findAllOrdered", MajorCategory.class).getResultStream()
                .collect(Collectors.toMap(MajorCategory::getCode, Function.identity()));
    }

    public Map<String, Organisation> organisationsByName() {
        return em.createQuery("select o from Organisation o", Organisation.class).getResultStream()
                .collect(Collectors.toMap(Organisation::getName, Function.identity()));
    }

    public void add(Organisation organisation) {
        em.persist(organisation);
    }

    /** Whether there is a major with that id. */
    public boolean majorExists(long id) {
        return em.find(Major.class, id) != null;
    }

    /** The major with that code, created in the category with that name when there is none. */
    public Major majorOrCreate(String code, String name, MajorCategory category) {
        return em.createQuery("select m from Major m where m.code = :code", Major.class).setParameter("code", code)
                .getResultStream().findFirst().orElseGet(() -> {
                    Major major = new Major(code, name, category);
                    em.persist(major);
                    return major;
                });
    }
}
