package org.ziyuanku.web.portal.library;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.omnifaces.util.Messages;
import org.ziyuanku.domain.library.LibraryLevel;
import org.ziyuanku.service.library.LibraryCatalogueService;
import org.ziyuanku.service.library.LibraryPage;
import org.ziyuanku.service.library.LibrarySearchQuery;
import org.ziyuanku.service.library.LibrarySummaryView;
import org.ziyuanku.service.library.MajorCategoryView;

/**
 * The catalogue page (portal/library/catalogue.xhtml): bookmarkable search by text, category and level, results
 * grouped by major category, {@value #PAGE_SIZE} libraries a page ({@code ?page=}, from 1) so that the first answer
 * stays small (issue 17: ≤ 40 KB instead of 176 KB for all 203). Unknown filter values are ignored with a warning
 * instead of failing the page; a page number out of range shows the nearest page.
 */
@Named
@RequestScoped
public class LibraryCatalogueBean {

    @EJB
    private LibraryCatalogueService catalogue;

    private String q;
    private String category;
    private String level;
    private List<MajorCategoryView> categories;
    private List<CatalogueGroup> groups = List.of();
    private long total;
    private int groupCount;
    private int page = 1;
    private int pages = 1;

    /** Libraries on one page of the catalogue. */
    public static final int PAGE_SIZE = 30;

    /** Runs the search for the current parameters (GET). */
    public void load() {
        categories = catalogue.listCategories();
        LibraryLevel levelFilter = parseLevel();
        String categoryFilter = validCategory();
        if (q != null && q.strip().length() > LibrarySearchQuery.MAX_TEXT_LENGTH) {
            Messages.addGlobalWarn("library.catalogue.textTooLong", LibrarySearchQuery.MAX_TEXT_LENGTH);
            q = q.strip().substring(0, LibrarySearchQuery.MAX_TEXT_LENGTH);
        }
        LibraryPage found = catalogue.search(LibrarySearchQuery.all(q, categoryFilter, levelFilter));
        List<LibrarySummaryView> items = found.items();
        total = found.total();
        Map<String, Integer> perCategory = new LinkedHashMap<>();
        items.forEach(i -> perCategory.merge(i.categoryCode(), 1, Integer::sum));
        groupCount = perCategory.size();
        pages = Math.max(1, (items.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        page = Math.min(Math.max(page, 1), pages);
        int from = (page - 1) * PAGE_SIZE;
        groups = group(items.subList(from, Math.min(items.size(), from + PAGE_SIZE)), perCategory);
    }

    private LibraryLevel parseLevel() {
        if (level == null || level.isBlank()) {
            return null;
        }
        try {
            return LibraryLevel.valueOf(level.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            Messages.addGlobalWarn("library.catalogue.badLevel", level);
            level = null;
            return null;
        }
    }

    private String validCategory() {
        if (category == null || category.isBlank()) {
            return null;
        }
        String wanted = category.strip();
        category = categories.stream().filter(c -> c.code().equals(wanted) || c.name().equals(wanted))
                .map(MajorCategoryView::code).findFirst().orElse(null);
        if (category == null) {
            Messages.addGlobalWarn("library.catalogue.badCategory", wanted);
        }
        return category;
    }

    private static List<CatalogueGroup> group(List<LibrarySummaryView> items, Map<String, Integer> perCategory) {
        Map<String, List<LibrarySummaryView>> byCategory = new LinkedHashMap<>();
        Map<String, LibrarySummaryView> firstOf = new LinkedHashMap<>();
        for (LibrarySummaryView item : items) {
            byCategory.computeIfAbsent(item.categoryCode(), k -> new ArrayList<>()).add(item);
            firstOf.putIfAbsent(item.categoryCode(), item);
        }
        return firstOf.values().stream()
                .map(f -> new CatalogueGroup(f.categoryCode(), f.categoryName(), f.categoryNameEn(),
                        byCategory.get(f.categoryCode()), perCategory.get(f.categoryCode())))
                .toList();
    }

    /** Post-redirect-get: the search form lands on a bookmarkable URL. */
    public String search() {
        page = 1;
        return "/portal/library/catalogue?faces-redirect=true&includeViewParams=true";
    }

    public LibraryLevel[] getLevels() {
        return LibraryLevel.values();
    }

    public List<MajorCategoryView> getCategories() {
        return categories;
    }

    public List<CatalogueGroup> getGroups() {
        return groups;
    }

    public long getTotal() {
        return total;
    }

    /** Major categories among all the libraries found (not only this page's). */
    public int getGroupCount() {
        return groupCount;
    }

    /** This page's number, from 1. */
    public int getPage() {
        return page;
    }

    public String getPageParam() {
        return String.valueOf(page);
    }

    /** The page asked for ({@code ?page=}); anything but a number shows the first. */
    public void setPageParam(String page) {
        try {
            this.page = page == null ? 1 : Integer.parseInt(page.strip());
        } catch (NumberFormatException e) {
            this.page = 1;
        }
    }

    public int getPages() {
        return pages;
    }

    /** The page numbers, 1 to {@link #getPages()}. */
    public List<Integer> getPageNumbers() {
        return IntStream.rangeClosed(1, pages).boxed().toList();
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = level;
    }
}
