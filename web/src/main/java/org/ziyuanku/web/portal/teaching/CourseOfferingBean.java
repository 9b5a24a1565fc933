package org.ziyuanku.web.portal.teaching;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.ziyuanku.service.system.RefusedException;
import org.ziyuanku.service.teaching.OfferingCatalogueService;
import org.ziyuanku.service.teaching.OfferingNodeView;
import org.ziyuanku.service.teaching.OfferingView;
import org.ziyuanku.web.faces.PageIds;
import org.ziyuanku.web.faces.SubjectNotFoundException;

/**
 * A published offering on the portal (portal/course/offering.xhtml?id=…), also for anonymous visitors: term, dates,
 * enrolment mode and the visible outline with the trial items (试学); an unpublished or unknown offering is 404.
 */
@Named
@RequestScoped
public class CourseOfferingBean {

    @EJB
    private OfferingCatalogueService catalogue;

    private String id;
    private OfferingView offering;
    private List<OfferingNodeView> outline;

    public void load() {
        long offeringId = PageIds.of(id);
        try {
            offering = catalogue.offering(offeringId);
            outline = catalogue.outline(offeringId);
        } catch (RefusedException e) {
            throw new SubjectNotFoundException("offering " + id);
        }
    }

    public OfferingView getOffering() {
        return offering;
    }

    public List<OfferingNodeView> getOutline() {
        return outline;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
