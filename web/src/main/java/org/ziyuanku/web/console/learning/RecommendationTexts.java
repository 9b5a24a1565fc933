package org.ziyuanku.web.console.learning;

import java.util.Locale;
import org.ziyuanku.service.learning.RecommendationView;
import org.ziyuanku.web.faces.MessageBundle;

/** A recommendation's one-line reason and its page, for the console home and the REST API alike. */
public final class RecommendationTexts {

    private RecommendationTexts() {
    }

    /** The one-line reason, e.g. 因为你收藏了《…》（共同知识点：…）. */
    public static String reason(RecommendationView v, Locale locale) {
        return MessageBundle.text(locale, "learning.recommend." + v.reason().name(), v.because(),
                v.detail() == null ? "" : v.detail());
    }

    /** The page's path below the context root. */
    public static String path(RecommendationView v) {
        return v.resourceId() != null ? "/portal/resource/view.xhtml?id=" + v.resourceId()
                : "/console/learning/item.xhtml?offering=" + v.offeringId() + "&item=" + v.nodeId();
    }
}
