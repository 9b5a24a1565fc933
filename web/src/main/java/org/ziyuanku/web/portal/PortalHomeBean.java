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
import org.ziyuanku.service.resource.ResourceCatalogueService;
import org.ziyuanku.service.resource.TeachingResourceView;
import org.ziyuanku.service.teaching.OfferingCardView;
import org.ziyuanku.service.teaching.OfferingCatalogueService;

/**
 * The platform home page: search (resources and libraries), the hottest resources and the courses on offer across
 * all libraries, library counts per level and the major categories to browse. Anonymous pages are cached whole
 * ({@code AnonymousPageCache}); each list here is one query.
 */
@Named
@RequestScoped
public class PortalHomeBean {

    private static final int HOT_SIZE = 8;
    private static final int OFFERING_SIZE = 6;

    @EJB
    private LibraryCatalogueService catalogue;

    @EJB
    private ResourceCatalogueService resources;

    @EJB
    private OfferingCatalogueService offerings;

    private List<MajorCategoryView> categories;
    private Map<LibraryLevel, Long> levelCounts;
    private List<TeachingResourceView> hottest;
    private List<OfferingCardView> onOffer;

    @PostConstruct
    void load() {
        categories = catalogue.listCategories();
        levelCounts = catalogue.countByLevel();
        hottest = resources.hottest(null, HOT_SIZE);
        onOffer = offerings.onOffer(OFFERING_SIZE);
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

    public List<TeachingResourceView> getHottest() {
        return hottest;
    }

    public List<OfferingCardView> getOnOffer() {
        return onOffer;
    }
}
