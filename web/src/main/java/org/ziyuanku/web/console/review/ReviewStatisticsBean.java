package org.ziyuanku.web.console.review;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.ziyuanku.service.review.ReviewStatisticsService;
import org.ziyuanku.service.review.ReviewStatisticsView;

/**
 * Review statistics (console/review/statistics.xhtml?library=…) of the libraries the caller administers: items
 * waiting per level, waiting and decision times, and the most frequent reasons for returning items. Read-only, so
 * request-scoped.
 */
@Named
@RequestScoped
public class ReviewStatisticsBean {

    @EJB
    private ReviewStatisticsService statistics;

    private Long library;
    private ReviewStatisticsView view;

    public void load() {
        view = statistics.statistics(library != null && library > 0 ? library : null);
    }

    public Long getLibrary() {
        return library;
    }

    public void setLibrary(Long library) {
        this.library = library;
    }

    public ReviewStatisticsView getView() {
        return view;
    }
}
