package org.ziyuanku.web.console.review;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.ziyuanku.service.review.ReviewStatisticsService;
import org.ziyuanku.service.review.ReviewStatisticsView;
import org.ziyuanku.web.faces.RequestParameters;

/**
 * Review statistics (console/review/statistics.xhtml?library=…) of the libraries the caller administers: items
 * waiting per level, waiting and decision times, and the most frequent reasons for returning items.
 */
@Named
@RequestScoped
public class ReviewStatisticsBean {

    @EJB
    private ReviewStatisticsService statistics;

    private ReviewStatisticsView view;

    public void load() {
        long library = RequestParameters.id("library");
        view = statistics.statistics(library > 0 ? library : null);
    }

    public ReviewStatisticsView getView() {
        return view;
    }
}
