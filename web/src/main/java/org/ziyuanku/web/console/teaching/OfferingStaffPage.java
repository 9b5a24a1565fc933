package org.ziyuanku.web.console.teaching;

import jakarta.ejb.EJB;
import java.util.List;
import org.ziyuanku.service.teaching.ClassService;
import org.ziyuanku.service.teaching.ClassView;
import org.ziyuanku.service.teaching.OfferingService;
import org.ziyuanku.service.teaching.OfferingView;
import org.ziyuanku.web.faces.RefusalMessages;

/**
 * A staff page of one offering (homework, notices, surveys, exams): besides its own rows, the offering with its
 * classes as the page's header and the class choice of its form. The rows are read first ({@link #loadRows(long)}),
 * so an unknown offering is the 404 page as their service decides; then the header, which only the offering's staff
 * may read (anyone else 404); then the item a further parameter chose ({@link #loadChosen(long)}).
 */
public abstract class OfferingStaffPage extends OfferingPage {

    private static final long serialVersionUID = 1L;

    @EJB
    private ClassService classes;

    @EJB
    private OfferingService offerings;

    private transient OfferingClasses header;

    /** Reads the page's own rows of the offering, before its header. */
    protected abstract void loadRows(long offeringId);

    /**
     * Reads the item of the offering a further parameter chose (a survey, an exam); nothing by default. It comes after
     * the header, so a learner of the offering gets the 404 page before any refusal of the item's reads.
     */
    protected void loadChosen(long offeringId) {
    }

    @Override
    protected void loadPage(long offeringId) {
        loadRows(offeringId);
        header = new OfferingClasses(offerings.get(offeringId), RefusalMessages.load(() -> classes.classesOf(
                offeringId)));
        loadChosen(offeringId);
    }

    /** The offering and its classes, read in this request. */
    protected OfferingClasses header() {
        loaded();
        return header;
    }

    public OfferingView getOfferingView() {
        return header().offering();
    }

    public List<ClassView> getClasses() {
        return header().classes();
    }
}
