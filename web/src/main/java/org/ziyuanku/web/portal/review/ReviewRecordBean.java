package org.ziyuanku.web.portal.review;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.ziyuanku.service.review.ReviewRecordService;
import org.ziyuanku.service.review.ReviewRecordView;
import org.ziyuanku.service.review.ReviewSubjectNames;
import org.ziyuanku.web.faces.PageIds;
import org.ziyuanku.web.faces.SubjectNotFoundException;

/**
 * The review record of a published resource (portal/review/record.xhtml?id=…), for everybody: every step with
 * level, decision, reviewer, unit, time and the hashes of what was reviewed; the 404 page for anything not published.
 */
@Named
@RequestScoped
public class ReviewRecordBean {

    @EJB
    private ReviewRecordService records;

    private String id;
    private ReviewRecordView record;

    public void load() {
        record = records.recordOf(ReviewSubjectNames.RESOURCE, PageIds.of(id))
                .orElseThrow(() -> new SubjectNotFoundException("review record of " + id));
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public ReviewRecordView getRecord() {
        return record;
    }
}
