package org.ziyuanku.web.console.learning;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.ziyuanku.domain.incentive.PointLevel;
import org.ziyuanku.service.incentive.MyPointsView;
import org.ziyuanku.service.incentive.PointRuleService;
import org.ziyuanku.service.incentive.PointRuleView;
import org.ziyuanku.service.incentive.PointsService;

/**
 * "我的积分" (console/learning/points.xhtml): the signed-in user's total and level with the way to the next, today's
 * points against each rule's daily cap, the badges with their Open Badges downloads, the latest awards and how points
 * are earned. Reads only.
 */
@Named
@RequestScoped
public class LearningPointsBean {

    @EJB
    private PointsService points;

    @EJB
    private PointRuleService rules;

    private MyPointsView view;

    /** Reads the caller's points. */
    public void load() {
        view = points.mine();
    }

    public MyPointsView getView() {
        return view;
    }

    public List<PointRuleView> getRules() {
        return rules.rules();
    }

    /** How far the total is from the current level's start to the next level's, in percent (100 at the top). */
    public int getLevelPercent() {
        if (view == null || view.nextLevelAt() == null) {
            return 100;
        }
        long start = PointLevel.values()[view.level() - 1].threshold();
        return (int) Math.min(100, Math.max(0, (view.total() - start) * 100 / (view.nextLevelAt() - start)));
    }
}
