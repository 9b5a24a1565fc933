package org.ziyuanku.web.console.teaching;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import org.ziyuanku.service.teaching.ClassNoticeService;
import org.ziyuanku.service.teaching.NoticeCommand;
import org.ziyuanku.service.teaching.NoticeView;
import org.ziyuanku.web.faces.RefusalMessages;

/**
 * The notices (公告) of an offering for its staff (console/teaching/notices.xhtml?offering=…): posting one to a class
 * or to every class (pinned or not), the list with read counts, pinning, unpinning and deleting. Anyone else 404.
 */
@Named
@ViewScoped
public class TeachingNoticesBean extends OfferingStaffPage {

    private static final long serialVersionUID = 1L;

    @EJB
    private ClassNoticeService notices;

    private transient List<NoticeView> list;
    private final ClassPostForm form = new ClassPostForm();
    private boolean pinned;

    @Override
    protected void loadRows(long offeringId) {
        list = RefusalMessages.load(() -> notices.list(offeringId));
    }

    public void post() {
        if (RefusalMessages.change(() -> notices.post(offeringId(), new NoticeCommand(form.target(), form.getTitle(),
                form.getBody(), pinned)), "teaching.notices.posted")) {
            form.clear();
            pinned = false;
        }
        load();
    }

    public void pin(long noticeId, boolean pin) {
        RefusalMessages.change(() -> notices.pin(noticeId, pin), pin ? "teaching.notices.pinnedDone"
                : "teaching.notices.unpinnedDone");
        load();
    }

    public void delete(long noticeId) {
        RefusalMessages.change(() -> notices.delete(noticeId), "teaching.notices.deleted");
        load();
    }

    /** The class's name, or "all classes" for a notice to the whole offering. */
    public String scopeOf(NoticeView notice) {
        return header().nameOf(notice.classId());
    }

    public List<NoticeView> getNotices() {
        loaded();
        return list;
    }

    public ClassPostForm getForm() {
        return form;
    }

    public boolean isPinned() {
        return pinned;
    }

    public void setPinned(boolean pinned) {
        this.pinned = pinned;
    }
}
