package org.ziyuanku.web.portal;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.ziyuanku.domain.library.LibraryLevel;
import org.ziyuanku.service.library.LibraryCatalogueService;
import org.ziyuanku.service.library.MajorCategoryView;

/** The home page: library counts per level and the major categories to browse. */
@Named
@RequestScoped
public class PortalHomeBean {

    @EJB
    private LibraryCatalogueService catalogue;

    private List<MajorCategoryView> categories;
    private Map<LibraryLevel, Long> levelCounts;

    @PostConstruct
    void load() {
        categories = catalogue.listCategories();
        levelCounts = catalogue.countByLevel();
    }

    public List<MajorCategoryView> getCategories() {
        return categories;
    }

    public Map<LibraryLevel, Long> getLevelCounts() {
        return levelCounts;
    }

    public LibraryLevel[] getLevels() {
        return LibraryLevel.values();
    }
}
