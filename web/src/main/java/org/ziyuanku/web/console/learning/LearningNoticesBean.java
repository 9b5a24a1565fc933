package org.ziyuanku.web.console.learning;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.ziyuanku.service.system.RefusedException;
import org.ziyuanku.service.teaching.ClassNoticeService;
import org.ziyuanku.service.teaching.NoticeView;
import org.ziyuanku.web.faces.PageIds;
import org.ziyuanku.web.faces.RefusalMessages;
import org.ziyuanku.web.faces.SubjectNotFoundException;

/**
 * The notices panel of the learner's course page (console/learning/course.xhtml?offering=…): the notices of their
 * class and of the whole offering, pinned first, unread marked, each marked read with a POST.
 */
@Named
@RequestScoped
public class LearningNoticesBean {

    @EJB
    private ClassNoticeService notices;

    @Inject
    @Param
    private String offering;

    private List<NoticeView> list;

    public List<NoticeView> getNotices() {
        if (list == null) {
            try {
                list = notices.list(offeringId());
            } catch (RefusedException | SubjectNotFoundException e) {
                list = List.of();
            }
        }
        return list;
    }

    /** Marks the notice read, then shows the course page again (POST, redirect, GET). */
    public void markRead(long noticeId) {
        RefusalMessages.changeForNextPage(() -> notices.markRead(noticeId), "learning.notices.marked");
        Faces.redirect(Faces.getRequestContextPath() + "/console/learning/course.xhtml?offering=" + offeringId());
    }

    private long offeringId() {
        return PageIds.of(offering);
    }
}
