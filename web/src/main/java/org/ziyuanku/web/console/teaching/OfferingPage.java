package org.ziyuanku.web.console.teaching;

import java.io.Serializable;
import org.ziyuanku.web.faces.RequestMark;

/**
 * A page of one offering (console/teaching/…?offering=…): the {@code offering} parameter, kept in the view across
 * postbacks, and what the page shows read once per request through {@link #loadPage(long)}. A missing or malformed
 * parameter is the 404 page.
 */
public abstract class OfferingPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private String offering;
    private final RequestMark read = new RequestMark();

    /** Reads what the page shows of the offering; a refusal goes on to its error page ({@link TeachingPages#load}). */
    protected abstract void loadPage(long offeringId);

    /** Reads what the page shows (the view action, and again after each change). */
    public void load() {
        loadPage(offeringId());
        read.mark();
    }

    /** Reads what the page shows unless done in this request (a postback's rows, before its actions run). */
    protected void loaded() {
        if (!read.marked()) {
            load();
        }
    }

    /** The offering's id from the page's parameter. */
    protected long offeringId() {
        return TeachingPages.id(offering);
    }

    public String getOffering() {
        return offering;
    }

    public void setOffering(String offering) {
        this.offering = offering;
    }
}
