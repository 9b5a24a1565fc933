package org.ziyuanku.service.teaching;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ziyuanku.domain.teaching.ClassRosterEntry;
import org.ziyuanku.domain.teaching.CourseClass;
import org.ziyuanku.domain.teaching.EnrolmentSource;
import org.ziyuanku.service.audit.AuditScope;
import org.ziyuanku.service.audit.Audited;
import org.ziyuanku.service.audit.AuditedCall;
import org.ziyuanku.service.identity.SchoolRoster;
import org.ziyuanku.service.teaching.internal.ClassRepository;
import org.ziyuanku.service.teaching.internal.ClassRosterSheet;
import org.ziyuanku.service.teaching.internal.EnrolmentWriter;
import org.ziyuanku.service.teaching.internal.OfferingAccess;

/**
 * Class rosters (班级名单) imported from Excel by a class's teachers (or the offering's owner): each row (学号, 姓名) is
 * kept and matched against the school's real-name roster through {@link SchoolRoster}, which answers only "matched"
 * or "not matched", so the report never tells whether a student number exists. Matched learners are enrolled (source
 * ROSTER); the others stay PENDING. Audited as {@code CLASS_ROSTER_IMPORT}.
 */
@Stateless
@PermitAll
public class RosterEnrolmentService {

    static final String IMPORT = "CLASS_ROSTER_IMPORT";
    static final int MAX_BYTES = 5 * 1024 * 1024;

    @Inject
    private OfferingAccess access;

    @Inject
    private ClassRepository classes;

    @Inject
    private SchoolRoster schoolRoster;

    @Inject
    private EnrolmentWriter writer;

    @Inject
    private AuditedCall audited;

    /**
     * Imports the workbook into the class and answers the per-row report.
     *
     * @throws TeachingRefusedException when the file is no .xlsx workbook with 学号 and 姓名 columns or too large (400)
     */
    @Audited(action = IMPORT)
    public RosterImportReport importRoster(@AuditScope("class:") long classId, InputStream workbook) {
        CourseClass c = access.classOfTeacher(classId);
        byte[] bytes = read(workbook);
        List<ClassRosterSheet.Line> lines = ClassRosterSheet.read(bytes)
                .orElseThrow(() -> new TeachingRefusedException("teaching.refused.roster"));
        List<RosterRowResult> rows = new ArrayList<>();
        for (ClassRosterSheet.Line line : lines) {
            rows.add(row(c, line));
        }
        int enrolled = count(rows, "ENROLLED");
        int pending = count(rows, "PENDING");
        int invalid = count(rows, "INVALID");
        audited.detail("enrolled=" + enrolled + " pending=" + pending + " invalid=" + invalid);
        return new RosterImportReport(true, enrolled, pending, invalid, rows);
    }

    private RosterRowResult row(CourseClass c, ClassRosterSheet.Line line) {
        String no = line.studentNo();
        String name = line.name();
        if (no.isEmpty() || name.isEmpty() || no.length() > ClassRosterEntry.MAX_NUMBER
                || name.length() > ClassRosterEntry.MAX_NAME) {
            return new RosterRowResult(line.row(), no, name, "INVALID");
        }
        ClassRosterEntry entry = classes.rosterEntry(c.getId(), no).orElseGet(() -> {
            ClassRosterEntry created = new ClassRosterEntry(c.getId(), no, name);
            classes.add(created);
            return created;
        });
        entry.rename(name);
        Long organisation = c.getOffering().getOrganisationId();
        Optional<Long> account = organisation == null ? Optional.empty()
                : schoolRoster.boundAccount(organisation, no, name);
        entry.matched(account.orElse(null));
        if (account.isEmpty()) {
            return new RosterRowResult(line.row(), no, name, "PENDING");
        }
        if (writer.enrolled(c.getOffering().getId(), account.get())) {
            return new RosterRowResult(line.row(), no, name, "ALREADY");
        }
        writer.enrol(c, account.get(), EnrolmentSource.ROSTER, no);
        return new RosterRowResult(line.row(), no, name, "ENROLLED");
    }

    private static int count(List<RosterRowResult> rows, String outcome) {
        return (int) rows.stream().filter(r -> r.outcome().equals(outcome)).count();
    }

    private static byte[] read(InputStream in) {
        if (in == null) {
            throw new TeachingRefusedException("teaching.refused.roster");
        }
        try {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new TeachingRefusedException("teaching.refused.rosterTooLarge");
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
