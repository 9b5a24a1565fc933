package org.ziyuanku.web.console.learning;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Map;
import org.ziyuanku.service.learning.ItemPartView;
import org.ziyuanku.service.learning.LearnerItemView;
import org.ziyuanku.service.learning.LearnerProgressService;
import org.ziyuanku.service.learning.LearningRefusedException;
import org.ziyuanku.web.faces.SubjectNotFoundException;

/**
 * One item for its learner (console/learning/item.xhtml?offering=…&amp;item=…[&amp;part=…]): the resource's player or
 * document and the data the heartbeat script needs (where to start an attempt); a 积件 item lists its parts and shows
 * one (the {@code part} asked for, else the first not completed); the attempt's token never reaches the page's
 * markup or the session: the script gets it from the API and keeps it in memory. Not open to the learner, or a part
 * not in the 积件: 404.
 */
@Named
@RequestScoped
public class LearningItemBean {

    @EJB
    private LearnerProgressService progress;

    private String offering;
    private String item;
    private String part;
    private LearnerItemView view;

    public void load() {
        try {
            view = progress.item(Long.parseLong(offering == null ? "" : offering.strip()),
                    Long.parseLong(item == null ? "" : item.strip()),
                    part == null || part.isBlank() ? null : Long.valueOf(part.strip()));
        } catch (NumberFormatException | LearningRefusedException e) {
            throw new SubjectNotFoundException("item " + item + " of offering " + offering + " part " + part);
        }
    }

    /** The context path, for the script's API calls. */
    public String getContextPath() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    }

    /** Where the script starts an attempt. */
    public String getStartUrl() {
        return getContextPath() + "/api/v1/offerings/" + view.offeringId() + "/items/" + view.nodeId() + "/attempts"
                + (view.partId() == null ? "" : "?part=" + view.partId());
    }

    /** The title of what plays: the 积件 part shown, or the item. */
    public String getPartTitle() {
        return view.parts().stream().filter(ItemPartView::current).map(ItemPartView::title).findFirst()
                .orElse(view.title());
    }

    public String getContentUrl() {
        return view.resourceId() == null ? "" : getContextPath() + "/api/v1/resources/" + view.resourceId()
                + "/content";
    }

    public String getPreviewUrl() {
        return view.resourceId() == null ? "" : getContextPath() + "/api/v1/resources/" + view.resourceId()
                + "/preview";
    }

    /**
     * The item; on a postback (the self-test form, posted to the page's own URI) the view action does not run, so it
     * is read here from the request's parameters, which the form's rendered conditions need before any action.
     */
    public LearnerItemView getView() {
        if (view == null) {
            Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext()
                    .getRequestParameterMap();
            offering = offering == null ? params.get("offering") : offering;
            item = item == null ? params.get("item") : item;
            part = part == null ? params.get("part") : part;
            load();
        }
        return view;
    }

    public String getOffering() {
        return offering;
    }

    public void setOffering(String offering) {
        this.offering = offering;
    }

    public String getPart() {
        return part;
    }

    public void setPart(String part) {
        this.part = part;
    }

    public String getItem() {
        return item;
    }

    public void setItem(String item) {
        this.item = item;
    }
}
