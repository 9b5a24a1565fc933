package org.ziyuanku.service.learning;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import org.ziyuanku.domain.audit.AuditOutcome;
import org.ziyuanku.service.audit.AuditScope;
import org.ziyuanku.service.audit.AuditTarget;
import org.ziyuanku.service.audit.Audited;
import org.ziyuanku.service.identity.Caller;
import org.ziyuanku.service.learning.internal.ClassStatisticsRepository;
import org.ziyuanku.service.learning.internal.ClassStaffCheck;
import org.ziyuanku.service.learning.internal.ClassStatisticsWorkbook;
import org.ziyuanku.service.system.AccessDeniedException;

/**
 * Class statistics (班级统计; runs in the OIDC virtual security domain): per learner of a class their progress, time
 * spent, last activity and whether they are behind schedule, with the class's totals, as a view, an Excel workbook and
 * the print view's data. Only the class's staff (teachers and assistants, 助教) and the offering's owner may see them
 * (teaching's {@code TeachingAccess.visibleClassIds}); anybody else gets 403, audited; an unknown class is 404.
 */
@Stateless
@PermitAll
public class ClassStatisticsService {

    @Inject
    private Caller caller;

    @Inject
    private ClassStaffCheck staff;

    @Inject
    private ClassStatisticsRepository repository;

    /**
     * The statistics of the class. Refusals are audited as {@code CLASS_STATISTICS} DENIED.
     *
     * @throws ClassNotFoundException when there is no such class
     * @throws AccessDeniedException when the caller neither teaches nor assists the class nor owns its offering
     */
    @Audited(action = "CLASS_STATISTICS", outcomes = AuditOutcome.DENIED)
    public ClassStatisticsView statistics(@AuditScope("class:") @AuditTarget("class:") long classId) {
        return repository.statistics(staff.visibleClass(classId));
    }

    /**
     * The statistics as an .xlsx workbook with column titles in {@code locale}; every export is audited
     * ({@code CLASS_STATISTICS_EXPORT}), as it carries learners' personal data.
     *
     * @throws ClassNotFoundException when there is no such class
     * @throws AccessDeniedException as {@link #statistics}
     */
    @Audited(action = "CLASS_STATISTICS_EXPORT")
    public byte[] exportXlsx(@AuditScope("class:") @AuditTarget("class:") long classId, Locale locale) {
        return ClassStatisticsWorkbook.of(repository.statistics(staff.visibleClass(classId)), locale);
    }

    /** The classes the caller teaches, assists or owns the offering of; none for a caller without an account. */
    public List<ClassChoiceView> myClasses() {
        return caller.accountId() == null ? List.of() : repository.classesOf(caller.accountId());
    }
}
