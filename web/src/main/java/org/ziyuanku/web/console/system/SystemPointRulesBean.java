package org.ziyuanku.web.console.system;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Messages;
import org.ziyuanku.service.incentive.PointRuleCommand;
import org.ziyuanku.service.incentive.PointRuleService;
import org.ziyuanku.service.incentive.PointRuleView;
import org.ziyuanku.service.system.AccessDeniedException;
import org.ziyuanku.service.system.RefusedException;

/**
 * The point rules page (console/system/point-rules.xhtml, 积分规则): every rule with its points, unit and daily cap;
 * the system administrator edits one in the form below the table (a Faces postback; the version read guards against
 * a concurrent change). The view keeps only the form's fields; the rules are read again on every request.
 */
@Named
@ViewScoped
public class SystemPointRulesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private PointRuleService rules;

    private String editing;
    private Integer points;
    private Integer unitSeconds;
    private Integer dailyCap;
    private Integer version;

    private transient List<PointRuleView> shown;

    /** Only the system administrator opens the page (403 for anyone else). */
    public void load() {
        if (!rules.mayChange()) {
            throw new AccessDeniedException("open the point rules");
        }
    }

    /** Puts the row's rule into the form. */
    public void edit(String action) {
        getRules().stream().filter(r -> r.action().equals(action)).findFirst().ifPresent(r -> {
            editing = r.action();
            points = r.points();
            unitSeconds = r.unitSeconds();
            dailyCap = r.dailyCap();
            version = r.version();
        });
    }

    public void save() {
        try {
            PointRuleView saved = rules.change(editing, new PointRuleCommand(points, unitSeconds, dailyCap, version));
            Messages.addGlobalInfo("incentive.rules.saved", "enum.PointAction." + saved.action());
            editing = null;
            shown = null;
        } catch (RefusedException e) {
            Messages.addGlobalError(e.getReasonKey(), e.getReasonArgs());
        }
    }

    public void cancel() {
        editing = null;
    }

    public List<PointRuleView> getRules() {
        if (shown == null) {
            shown = rules.rules();
        }
        return shown;
    }

    public String getEditing() {
        return editing;
    }

    public Integer getPoints() {
        return points;
    }

    public void setPoints(Integer points) {
        this.points = points;
    }

    public Integer getUnitSeconds() {
        return unitSeconds;
    }

    public void setUnitSeconds(Integer unitSeconds) {
        this.unitSeconds = unitSeconds;
    }

    public Integer getDailyCap() {
        return dailyCap;
    }

    public void setDailyCap(Integer dailyCap) {
        this.dailyCap = dailyCap;
    }
}
