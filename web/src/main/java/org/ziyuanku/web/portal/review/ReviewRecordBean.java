package org.ziyuanku.web.portal.review;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import org.ziyuanku.service.review.ReviewRecordService;
import org.ziyuanku.service.review.ReviewRecordView;
import org.ziyuanku.service.review.ReviewSubjectNames;
import org.ziyuanku.web.faces.RequestParameters;

/**
 * The review record of a published resource (portal/review/record.xhtml?id=…), for everybody: every step with
 * level, decision, reviewer, unit, time and the hashes of what was reviewed; 404 for anything not published.
 */
@Named
@RequestScoped
public class ReviewRecordBean {

    @EJB
    private ReviewRecordService records;

    private ReviewRecordView record;

    public void load() {
        long id = RequestParameters.id("id");
        record = id > 0 ? records.recordOf(ReviewSubjectNames.RESOURCE, id).orElse(null) : null;
        if (record == null) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    public ReviewRecordView getRecord() {
        return record;
    }
}
