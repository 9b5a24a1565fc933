package org.ziyuanku.service.teaching.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ziyuanku.domain.identity.UserAccount;
import org.ziyuanku.domain.teaching.ClassRosterEntry;
import org.ziyuanku.domain.teaching.CourseClass;
import org.ziyuanku.domain.teaching.EnrolmentSource;
import org.ziyuanku.service.identity.Accounts;
import org.ziyuanku.service.identity.RealNameBound;
import org.ziyuanku.service.identity.SchoolRoster;
import org.ziyuanku.service.teaching.TeachingRefusedException;

/**
 * When a person verifies their real name (实名认证), the PENDING rows of class rosters of their school with their
 * student number are matched again, through {@link SchoolRoster} as an import would, and they join those classes
 * (source ROSTER), in the binding's transaction.
 */
@ApplicationScoped
public class RosterEnrolmentObserver {

    private static final Logger LOG = Logger.getLogger(RosterEnrolmentObserver.class.getName());

    @Inject
    private Accounts accounts;

    @Inject
    private SchoolRoster schoolRoster;

    @Inject
    private ClassRepository classes;

    @Inject
    private EnrolmentWriter writer;

    void onBound(@Observes RealNameBound bound) {
        UserAccount account = accounts.find(bound.username()).orElse(null);
        if (account == null || account.getOrganisation() == null || account.getMemberNumber() == null) {
            return;
        }
        long school = account.getOrganisation().getId();
        for (ClassRosterEntry entry : classes.pendingRows(school, account.getMemberNumber())) {
            if (schoolRoster.boundAccount(school, entry.getStudentNo(), entry.getName())
                    .filter(account.getId()::equals).isEmpty()) {
                continue;
            }
            entry.matched(account.getId());
            CourseClass c = classes.find(entry.getClassId()).orElseThrow();
            if (!c.getOffering().isClosed() && !writer.enrolled(c.getOffering().getId(), account.getId())) {
                try {
                    writer.enrol(c, account.getId(), EnrolmentSource.ROSTER, entry.getStudentNo());
                } catch (TeachingRefusedException e) {
                    LOG.log(Level.INFO, "Roster row {0} of class {1} stays pending: {2}",
                            new Object[] {entry.getId(), c.getId(), e.getReasonKey()});
                }
            }
        }
    }
}
