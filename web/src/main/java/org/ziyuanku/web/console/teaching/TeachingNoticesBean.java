package org.ziyuanku.web.console.teaching;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.ziyuanku.service.teaching.ClassNoticeService;
import org.ziyuanku.service.teaching.ClassService;
import org.ziyuanku.service.teaching.ClassView;
import org.ziyuanku.service.teaching.NoticeCommand;
import org.ziyuanku.service.teaching.NoticeView;
import org.ziyuanku.service.teaching.OfferingService;
import org.ziyuanku.service.teaching.OfferingView;
import org.ziyuanku.web.faces.RequestMark;

/**
 * The notices (公告) of an offering for its staff (console/teaching/notices.xhtml?offering=…): posting one to a class
 * or to every class (pinned or not), the list with read counts, pinning, unpinning and deleting. Anyone else 404.
 */
@Named
@ViewScoped
public class TeachingNoticesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ClassNoticeService notices;

    @EJB
    private ClassService classes;

    @EJB
    private OfferingService offerings;

    private String offering;
    private final RequestMark read = new RequestMark();
    private transient OfferingClasses header;
    private transient List<NoticeView> list;
    private String classId = "";
    private String title;
    private String body;
    private boolean pinned;

    /** Reads what the page shows unless done in this request (a postback's rows, before its actions run). */
    private void loaded() {
        if (!read.marked()) {
            load();
        }
    }

    public void load() {
        long id = TeachingPages.id(offering);
        list = TeachingPages.load(() -> notices.list(id));
        header = new OfferingClasses(offerings.get(id), classes.classesOf(id));
        read.mark();
    }

    public void post() {
        Long target = classId == null || classId.isBlank() ? null : TeachingPages.id(classId);
        if (TeachingPages.change(() -> notices.post(TeachingPages.id(offering), new NoticeCommand(target, title, body,
                pinned)), "teaching.notices.posted")) {
            title = null;
            body = null;
            pinned = false;
        }
        load();
    }

    public void pin(long noticeId, boolean pin) {
        TeachingPages.change(() -> notices.pin(noticeId, pin), pin ? "teaching.notices.pinnedDone"
                : "teaching.notices.unpinnedDone");
        load();
    }

    public void delete(long noticeId) {
        TeachingPages.change(() -> notices.delete(noticeId), "teaching.notices.deleted");
        load();
    }

    /** The class's name, or "all classes" for a notice to the whole offering. */
    public String scopeOf(NoticeView notice) {
        return header.nameOf(notice.classId());
    }

    public OfferingView getOfferingView() {
        loaded();
        return header.offering();
    }

    public List<ClassView> getClasses() {
        loaded();
        return header.classes();
    }

    public List<NoticeView> getNotices() {
        loaded();
        return list;
    }

    public String getOffering() {
        return offering;
    }

    public void setOffering(String offering) {
        this.offering = offering;
    }

    public String getClassId() {
        return classId;
    }

    public void setClassId(String classId) {
        this.classId = classId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public boolean isPinned() {
        return pinned;
    }

    public void setPinned(boolean pinned) {
        this.pinned = pinned;
    }
}
