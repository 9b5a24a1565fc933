package org.ziyuanku.web.console.teaching;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.ziyuanku.service.teaching.EnrolmentService;
import org.ziyuanku.service.teaching.EnrolmentView;
import org.ziyuanku.web.faces.RefusalMessages;

/**
 * Enrolling (console/teaching/join.xhtml, optionally ?offering=… from the portal's offering page): the caller's
 * enrolments, joining a class by its code, enrolling in an open offering and leaving one.
 */
@Named
@RequestScoped
public class TeachingJoinBean {

    @EJB
    private EnrolmentService enrolments;

    private String offering;
    private String code;
    private List<EnrolmentView> mine;

    public List<EnrolmentView> getMine() {
        if (mine == null) {
            mine = enrolments.mine();
        }
        return mine;
    }

    public void join() {
        RefusalMessages.change(() -> enrolments.join(code), "teaching.join.joined");
        mine = null;
    }

    public void enrol() {
        RefusalMessages.change(() -> enrolments.enrol(TeachingPages.id(offering)), "teaching.join.joined");
        mine = null;
    }

    public void leave(long offeringId) {
        RefusalMessages.change(() -> enrolments.leave(offeringId), "teaching.join.left");
        mine = null;
    }

    public String getOffering() {
        return offering;
    }

    public void setOffering(String offering) {
        this.offering = offering;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
