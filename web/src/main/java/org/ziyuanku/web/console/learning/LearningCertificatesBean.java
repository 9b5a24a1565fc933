package org.ziyuanku.web.console.learning;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.omnifaces.util.Messages;
import org.ziyuanku.service.learning.CertificateService;
import org.ziyuanku.service.learning.CertificateView;
import org.ziyuanku.service.learning.LearnerProgressService;
import org.ziyuanku.service.learning.MyCourseView;
import org.ziyuanku.service.system.RefusedException;

/**
 * The certificates of completed courses (结业证书) on the learning archive (console/learning/archive.xhtml): the
 * caller's certificates with their PDF and code, and the completed courses whose certificate can be issued (a POST).
 */
@Named
@RequestScoped
public class LearningCertificatesBean {

    @EJB
    private CertificateService certificates;

    @EJB
    private LearnerProgressService progress;

    private List<CertificateView> mine;
    private List<MyCourseView> claimable;

    public List<CertificateView> getCertificates() {
        if (mine == null) {
            mine = certificates.mine();
        }
        return mine;
    }

    /** The caller's completed courses without a certificate yet. */
    public List<MyCourseView> getClaimable() {
        if (claimable == null) {
            Set<Long> issued = getCertificates().stream().map(CertificateView::offeringId).collect(Collectors.toSet());
            claimable = progress.myCourses().stream().filter(c -> c.totalItems() > 0
                    && c.completedItems() == c.totalItems() && !issued.contains(c.offeringId())).toList();
        }
        return claimable;
    }

    /** Issues the certificate of the completed course. */
    public void issue(long offeringId) {
        try {
            CertificateView issued = certificates.issue(offeringId);
            mine = null;
            claimable = null;
            Messages.addGlobalInfo("learning.certificates.issued", issued.courseTitle());
        } catch (RefusedException e) {
            Messages.addGlobalError(e.getReasonKey(), e.getReasonArgs());
        }
    }
}
