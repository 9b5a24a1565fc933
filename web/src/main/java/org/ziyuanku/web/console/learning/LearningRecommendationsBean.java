package org.ziyuanku.web.console.learning;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ziyuanku.service.learning.RecommendationService;
import org.ziyuanku.service.learning.RecommendationView;
import org.ziyuanku.web.faces.LocaleBean;

/** "For you" (为你推荐) on the console home (WEB-INF/includes/console-recommendations.xhtml), read once a request. */
@Named
@RequestScoped
public class LearningRecommendationsBean {

    @EJB
    private RecommendationService recommendations;

    @Inject
    private LocaleBean localeBean;

    private List<RecommendationView> items;

    public List<RecommendationView> getItems() {
        if (items == null) {
            items = recommendations.forMe();
        }
        return items;
    }

    /** The one-line reason in the page's language. */
    public String reason(RecommendationView v) {
        return RecommendationTexts.reason(v, localeBean.getLocale());
    }

    /** The page's path below the context root. */
    public String path(RecommendationView v) {
        return RecommendationTexts.path(v);
    }
}
