package org.ziyuanku.service.teaching;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.ziyuanku.domain.teaching.ClassGroup;
import org.ziyuanku.domain.teaching.CourseClass;
import org.ziyuanku.service.audit.AuditTarget;
import org.ziyuanku.service.audit.Audited;
import org.ziyuanku.service.audit.AuditedCall;
import org.ziyuanku.service.review.ScreenedText;
import org.ziyuanku.service.review.SensitiveWordScreening;
import org.ziyuanku.service.teaching.internal.ClassGroupRepository;
import org.ziyuanku.service.teaching.internal.GroupAccess;
import org.ziyuanku.service.teaching.internal.GroupDeal;

/**
 * The groups of a class (分组): its staff create, rename and delete them, form them at random from the ACTIVE learners
 * in no group (balanced: sizes differ by at most one) and open or close self-signup; its learners see them. Names pass
 * the sensitive-word screen and are unique in the class; a change on a stale version is refused.
 */
@Stateless
@PermitAll
public class ClassGroupService {

    static final String CHANGE = "CLASS_GROUP_CHANGE";

    @Inject
    private GroupAccess access;

    @Inject
    private ClassGroupRepository repository;

    @Inject
    private SensitiveWordScreening screening;

    @Inject
    private AuditedCall audited;

    @Inject
    private TeachingAccess teaching;

    /** The class's groups for its staff and learners (only staff see who is in no group). */
    public ClassGroupsView groups(long classId) {
        boolean staff = access.staffOrLearner(classId);
        List<GroupMemberView> members = repository.members(classId);
        List<ClassGroupView> groups = repository.groups(classId).stream().map(g -> new ClassGroupView(g.getId(),
                classId, g.getName(), g.getMaxSize(), g.getVersion(), members.stream()
                        .filter(m -> m.groupId() == g.getId()).toList())).toList();
        Long mine = staff ? null : repository.groupOf(classId, access.me()).orElse(null);
        List<Long> ungrouped = List.of();
        if (staff) {
            CourseClass c = access.staff(classId);
            Set<Long> grouped = new HashSet<>(members.stream().map(GroupMemberView::learnerId).toList());
            ungrouped = teaching.activeLearners(c.getOffering().getId(), classId).stream()
                    .filter(l -> !grouped.contains(l)).toList();
        }
        return new ClassGroupsView(classId, repository.signupOpen(classId), groups, mine, ungrouped);
    }

    /** The groups of the calling learner's class in the offering. @throws TeachingRefusedException not enrolled */
    public ClassGroupsView forLearner(long offeringId) {
        long classId = teaching.classOfLearner(offeringId, access.me()).orElseThrow(TeachingRefusedException::notFound);
        return groups(classId);
    }

    /** A new group of the class. @throws GroupRefusedException bad name or size, a duplicate name */
    @Audited(action = CHANGE)
    public long create(@AuditTarget("class:") long classId, GroupCommand command) {
        access.staff(classId);
        ClassGroup g = new ClassGroup(classId, name(command.name()), maxSize(command.maxSize()));
        repository.add(g);
        flush(GroupRefusedException.DUPLICATE, command.name());
        audited.detail("group=" + g.getId());
        return g.getId();
    }

    /** Renames the group or changes its maximum size, on the version the caller saw. */
    @Audited(action = CHANGE)
    public void change(@AuditTarget("group:") long groupId, GroupCommand command) {
        ClassGroup g = access.group(groupId);
        access.staff(g.getClassId());
        String name = name(command.name());
        Integer max = maxSize(command.maxSize());
        if (command.version() == null || command.version() != g.getVersion()) {
            throw new GroupRefusedException(GroupRefusedException.STALE);
        }
        g.change(name, max);
        flush(GroupRefusedException.DUPLICATE, name);
    }

    /** Deletes the group (its members are then in no group; its submissions stay, without the group). */
    @Audited(action = CHANGE)
    public void delete(@AuditTarget("group:") long groupId) {
        ClassGroup g = access.group(groupId);
        access.staff(g.getClassId());
        repository.remove(g);
        audited.detail("deleted " + g.getName());
    }

    /** Opens or closes self-signup: learners of the class join and leave groups themselves while it is open. */
    @Audited(action = CHANGE)
    public void signup(@AuditTarget("class:") long classId, boolean open) {
        access.staff(classId);
        repository.signup(classId, open);
        audited.detail("signup=" + open);
    }

    /** Forms groups at random from the ACTIVE learners in no group, balanced; the new groups' ids. */
    @Audited(action = CHANGE)
    public List<Long> random(@AuditTarget("class:") long classId, RandomGroupsCommand command) {
        List<Long> pool = new ArrayList<>(groups(classId).ungrouped());
        access.staff(classId);
        int count = groupCount(command, pool.size());
        String prefix = command.prefix() == null || command.prefix().isBlank() ? "G" : name(command.prefix());
        Set<String> taken = new HashSet<>(repository.groups(classId).stream().map(ClassGroup::getName).toList());
        Collections.shuffle(pool, ThreadLocalRandom.current());
        List<ClassGroup> created = new ArrayList<>();
        for (int n = 1; created.size() < count; n++) {
            String name = prefix + " " + n;
            if (taken.add(name)) {
                ClassGroup g = new ClassGroup(classId, name, command.size());
                repository.add(g);
                created.add(g);
            }
        }
        repository.flush();
        List<List<Long>> dealt = GroupDeal.deal(pool, count);
        for (int g = 0; g < count; g++) {
            for (long learner : dealt.get(g)) {
                repository.addMember(created.get(g), learner);
            }
        }
        flush(GroupRefusedException.STALE);
        audited.detail("groups=" + count + " learners=" + pool.size());
        return created.stream().map(ClassGroup::getId).toList();
    }

    private static int groupCount(RandomGroupsCommand c, int learners) {
        boolean byCount = c.groups() != null && c.size() == null && c.groups() >= 1 && c.groups() <= learners;
        boolean bySize = c.size() != null && c.groups() == null && c.size() >= 1 && c.size() <= ClassGroup.MAX_SIZE;
        if (learners == 0 || !byCount && !bySize) {
            throw new GroupRefusedException(GroupRefusedException.RANDOM, Integer.toString(learners));
        }
        return byCount ? c.groups() : (learners + c.size() - 1) / c.size();
    }

    private String name(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > ClassGroup.MAX_NAME) {
            throw new GroupRefusedException(GroupRefusedException.NAME, Integer.toString(ClassGroup.MAX_NAME));
        }
        screening.refuseBlocked(List.of(new ScreenedText("name", n)));
        return n;
    }

    private static Integer maxSize(Integer max) {
        if (max != null && (max < 1 || max > ClassGroup.MAX_SIZE)) {
            throw new GroupRefusedException(GroupRefusedException.MAX_SIZE, Integer.toString(ClassGroup.MAX_SIZE));
        }
        return max;
    }

    private void flush(String reasonKey, String... args) {
        try {
            repository.flush();
        } catch (PersistenceException e) {
            throw new GroupRefusedException(reasonKey, args);
        }
    }
}
