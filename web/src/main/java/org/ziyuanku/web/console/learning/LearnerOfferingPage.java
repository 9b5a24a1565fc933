package org.ziyuanku.web.console.learning;

import java.io.Serializable;
import org.omnifaces.util.Faces;
import org.ziyuanku.service.system.RefusedException;
import org.ziyuanku.web.faces.PageIds;
import org.ziyuanku.web.faces.RefusalMessages;
import org.ziyuanku.web.faces.RequestMark;
import org.ziyuanku.web.faces.SubjectNotFoundException;

/**
 * What the learner's pages of one course share (console/learning/&lt;page&gt;.xhtml?offering=…: homework, exams,
 * surveys): the {@code offering} parameter, kept in the view across the page's postbacks; the rows read once per
 * request, where no such offering, not being enrolled or a malformed id is the 404 page; and each change answered by
 * showing the page again (POST, redirect, GET) with its message.
 */
public abstract class LearnerOfferingPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String page;
    private String offering;
    private final RequestMark read = new RequestMark();

    /** @param page the page's name under console/learning, without .xhtml */
    protected LearnerOfferingPage(String page) {
        this.page = page;
    }

    /** Reads the page's rows of the offering; a refusal goes on to the 404 page. */
    protected abstract void loadRows(long offeringId);

    /** Reads the rows before rendering (view action). */
    public void load() {
        loaded();
    }

    /** Reads the rows unless done in this request. */
    protected void loaded() {
        if (!read.marked()) {
            try {
                loadRows(offeringId());
                read.mark();
            } catch (RefusedException | SubjectNotFoundException e) {
                throw new SubjectNotFoundException(page + " of offering " + offering);
            }
        }
    }

    /** Runs the learner's change, keeps its message (done, or the reason refused) and shows the page again. */
    protected void changeAndShowAgain(Runnable change, String doneKey) {
        RefusalMessages.changeForNextPage(change, doneKey);
        showAgain();
    }

    /** Shows the page again (the redirect of POST, redirect, GET). */
    protected void showAgain() {
        Faces.redirect(Faces.getRequestContextPath() + "/console/learning/" + page + ".xhtml?offering=" + offeringId());
    }

    /** The offering's id; missing or malformed: 404. */
    protected long offeringId() {
        return PageIds.of(offering);
    }

    /** The offering as the page's view parameter gave it. */
    public String getOffering() {
        return offering;
    }

    public void setOffering(String offering) {
        this.offering = offering;
    }
}
