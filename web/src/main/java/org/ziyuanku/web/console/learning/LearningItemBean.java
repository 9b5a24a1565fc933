package org.ziyuanku.web.console.learning;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.cdi.Param;
import org.ziyuanku.service.learning.ItemPartView;
import org.ziyuanku.service.learning.LearnerItemView;
import org.ziyuanku.service.learning.LearnerProgressService;
import org.ziyuanku.service.learning.LearningRefusedException;
import org.ziyuanku.web.faces.PageIds;
import org.ziyuanku.web.faces.SubjectNotFoundException;

/**
 * One item for its learner (console/learning/item.xhtml?offering=…&amp;item=…[&amp;part=…]): the resource's player or
 * document and the data the heartbeat script needs (where to start an attempt); a 积件 item lists its parts and shows
 * one (the {@code part} asked for, else the first not completed); the attempt's token never reaches the page's
 * markup or the session: the script gets it from the API and keeps it in memory. Not open to the learner, or a part
 * not in the 积件: 404. It stays request-scoped (a view map per learner page would break the session goal,
 * SessionSizeIT): its ids are injected from the request ({@code @Param}; the self-test form posts to the page's own
 * URI, so a postback carries them too) and set again by the page's view parameters.
 */
@Named
@RequestScoped
public class LearningItemBean {

    @EJB
    private LearnerProgressService progress;

    @Inject
    @Param
    private String offering;

    @Inject
    @Param
    private String item;

    @Inject
    @Param
    private String part;

    private LearnerItemView view;

    public void load() {
        long offeringId = PageIds.of(offering);
        long itemId = PageIds.of(item);
        Long partId = part == null || part.isBlank() ? null : PageIds.of(part);
        try {
            view = progress.item(offeringId, itemId, partId);
        } catch (LearningRefusedException e) {
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
     * The item; on a postback (the self-test form) the view action does not run, so it is read here, with the ids
     * injected from the request, when the form's rendered conditions first need it.
     */
    public LearnerItemView getView() {
        if (view == null) {
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
