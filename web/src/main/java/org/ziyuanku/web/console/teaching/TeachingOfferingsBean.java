package org.ziyuanku.web.console.teaching;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.ziyuanku.domain.teaching.EnrolmentMode;
import org.ziyuanku.domain.teaching.OfferingTerm;
import org.ziyuanku.service.teaching.OfferCommand;
import org.ziyuanku.service.teaching.OfferingService;
import org.ziyuanku.service.teaching.OfferingView;
import org.ziyuanku.web.faces.RefusalMessages;

/**
 * My offerings (console/teaching/offerings.xhtml): the offerings the caller owns or teaches in, offering a published
 * course for a term, and re-offering one of them with the term given in the same form.
 */
@Named
@RequestScoped
public class TeachingOfferingsBean {

    @EJB
    private OfferingService offerings;

    private Long courseId;
    private String term;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private String title;
    private EnrolmentMode mode = EnrolmentMode.CODE;
    private boolean openToOutsiders;
    private List<OfferingView> mine;

    public List<OfferingView> getMine() {
        if (mine == null) {
            mine = offerings.mine();
        }
        return mine;
    }

    /** Offers the course for the term. */
    public void offer() {
        run(null);
    }

    /** Offers the earlier offering again for the term (its local changes and class names come along). */
    public void reoffer(long previousId) {
        run(previousId);
    }

    private void run(Long previousId) {
        OfferingTerm chosen = new OfferingTerm(term, startsOn, endsOn, title, mode, openToOutsiders);
        RefusalMessages.change(() -> offerings.offer(new OfferCommand(courseId, chosen, previousId)),
                "teaching.offerings.offered");
        mine = null;
    }

    public EnrolmentMode[] getModes() {
        return EnrolmentMode.values();
    }

    public Long getCourseId() {
        return courseId;
    }

    public void setCourseId(Long courseId) {
        this.courseId = courseId;
    }

    public String getTerm() {
        return term;
    }

    public void setTerm(String term) {
        this.term = term;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public EnrolmentMode getMode() {
        return mode;
    }

    public void setMode(EnrolmentMode mode) {
        this.mode = mode;
    }

    public boolean isOpenToOutsiders() {
        return openToOutsiders;
    }

    public void setOpenToOutsiders(boolean openToOutsiders) {
        this.openToOutsiders = openToOutsiders;
    }
}
