package org.ziyuanku.service.teaching;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Map;
import org.ziyuanku.domain.identity.UserAccount;
import org.ziyuanku.domain.teaching.ClassStaff;
import org.ziyuanku.domain.teaching.CourseClass;
import org.ziyuanku.domain.teaching.CourseOffering;
import org.ziyuanku.domain.teaching.StaffRole;
import org.ziyuanku.service.audit.AuditScope;
import org.ziyuanku.service.audit.AuditTarget;
import org.ziyuanku.service.audit.Audited;
import org.ziyuanku.service.audit.AuditedCall;
import org.ziyuanku.service.identity.Accounts;
import org.ziyuanku.service.review.ScreenedText;
import org.ziyuanku.service.review.SensitiveWordScreening;
import org.ziyuanku.service.teaching.internal.ClassRepository;
import org.ziyuanku.service.teaching.internal.OfferingAccess;

/**
 * Classes (班级) of an offering and their staff: the owner and the offering's teachers create classes (the creator
 * teaches the new class); a class's teachers (or the owner) regenerate its code and add or remove teachers (parallel
 * teachers) and assistants (助教). Staff see their own classes only; the owner sees all. Changes are audited
 * ({@code CLASS_CREATE}, {@code CLASS_CODE}, {@code CLASS_STAFF_ADD}, {@code CLASS_STAFF_REMOVE}).
 */
@Stateless
@PermitAll
public class ClassService {

    static final String CREATE = "CLASS_CREATE";
    static final String CODE = "CLASS_CODE";
    static final String STAFF_ADD = "CLASS_STAFF_ADD";
    static final String STAFF_REMOVE = "CLASS_STAFF_REMOVE";

    @Inject
    private OfferingAccess access;

    @Inject
    private ClassRepository classes;

    @Inject
    private Accounts accounts;

    @Inject
    private SensitiveWordScreening screening;

    @Inject
    private AuditedCall audited;

    /**
     * Creates a class with a fresh code; the caller teaches it.
     *
     * @throws TeachingRefusedException for a missing or too long name (400), a name the offering has already (409)
     */
    @Audited(action = CREATE, target = "class:new")
    public ClassView create(@AuditScope("offering:") long offeringId, String name) {
        CourseOffering offering = access.lockedForEdit(offeringId);
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > CourseClass.MAX_NAME) {
            throw new TeachingRefusedException("teaching.refused.className");
        }
        screening.refuseBlocked(List.of(new ScreenedText("name", n)));
        if (classes.ofOffering(offeringId).stream().anyMatch(c -> c.getName().equals(n))) {
            throw new TeachingRefusedException(TeachingRefusedException.DUPLICATE, n);
        }
        CourseClass created = new CourseClass(offering, n);
        classes.add(created);
        classes.flush();
        classes.add(new ClassStaff(created.getId(), access.accountId(), StaffRole.TEACHER, access.accountId()));
        audited.target("class:" + created.getId());
        audited.detail(n);
        return view(created);
    }

    /** The offering's classes the caller may see: all for the owner, their own for staff. */
    public List<ClassView> classesOf(long offeringId) {
        CourseOffering offering = access.staffOffering(offeringId);
        long me = access.accountId();
        return classes.ofOffering(offeringId).stream()
                .filter(c -> access.isOwner(offering) || classes.staffMember(c.getId(), me).isPresent())
                .map(this::view).toList();
    }

    /** One class, for its staff and the offering's owner (other staff of the offering 403, anyone else 404). */
    public ClassView get(long classId) {
        return view(access.classOfStaff(classId));
    }

    /** A new random code; the old one stops working. */
    @Audited(action = CODE)
    public ClassView regenerateCode(@AuditScope("class:") long classId) {
        CourseClass c = access.classOfTeacher(classId);
        c.regenerateCode();
        classes.flush();
        return view(c);
    }

    /** The class's staff, teachers first. */
    public List<StaffView> staff(long classId) {
        access.classOfStaff(classId);
        List<ClassStaff> staff = classes.staff(classId);
        Map<Long, UserAccount> people = accounts.byId(staff.stream().map(ClassStaff::getAccountId).toList());
        return staff.stream().map(s -> new StaffView(s.getAccountId(), people.get(s.getAccountId()).getUsername(),
                people.get(s.getAccountId()).getDisplayName(), s.getRole().name())).toList();
    }

    /**
     * Adds the person (by user name) to the class's staff, or changes their role.
     *
     * @throws TeachingRefusedException for an unknown user name or role (400)
     */
    @Audited(action = STAFF_ADD)
    public StaffView addStaff(@AuditScope("class:") long classId, @AuditTarget("user:") String username,
            String role) {
        access.classOfTeacher(classId);
        StaffRole staffRole = role(role);
        UserAccount person = accounts.find(username == null ? "" : username.strip())
                .orElseThrow(() -> new TeachingRefusedException("teaching.refused.unknownPerson"));
        classes.staffMember(classId, person.getId()).ifPresentOrElse(s -> s.changeRole(staffRole),
                () -> classes.add(new ClassStaff(classId, person.getId(), staffRole, access.accountId())));
        try {
            classes.flush();
        } catch (PersistenceException e) {
            throw new TeachingRefusedException(TeachingRefusedException.STALE);
        }
        return new StaffView(person.getId(), person.getUsername(), person.getDisplayName(), staffRole.name());
    }

    /** Removes the person from the class's staff. @throws TeachingRefusedException for the last teacher (409) */
    @Audited(action = STAFF_REMOVE)
    public void removeStaff(@AuditScope("class:") long classId, @AuditTarget("account:") long accountId) {
        access.classOfTeacher(classId);
        ClassStaff member = classes.staffMember(classId, accountId).orElseThrow(TeachingRefusedException::notFound);
        if (member.getRole() == StaffRole.TEACHER && classes.teacherCount(classId) <= 1) {
            throw new TeachingRefusedException(TeachingRefusedException.LAST_TEACHER);
        }
        classes.remove(member);
    }

    private static StaffRole role(String role) {
        try {
            return StaffRole.valueOf(role == null ? "" : role.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new TeachingRefusedException("teaching.refused.role", String.valueOf(role));
        }
    }

    private ClassView view(CourseClass c) {
        return new ClassView(c.getId(), c.getOffering().getId(), c.getOffering().getTitle(), c.getName(),
                c.getClassCode(), classes.activeIn(c.getId()).size());
    }
}
