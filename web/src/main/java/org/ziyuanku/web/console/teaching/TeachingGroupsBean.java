package org.ziyuanku.web.console.teaching;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ziyuanku.service.teaching.ClassGroupService;
import org.ziyuanku.service.teaching.ClassGroupView;
import org.ziyuanku.service.teaching.ClassGroupsView;
import org.ziyuanku.service.teaching.EnrolmentService;
import org.ziyuanku.service.teaching.GroupCommand;
import org.ziyuanku.service.teaching.GroupMembershipService;
import org.ziyuanku.service.teaching.LearnerView;
import org.ziyuanku.service.teaching.RandomGroupsCommand;
import org.ziyuanku.web.faces.RefusalMessages;
import org.ziyuanku.web.faces.RequestMark;

/**
 * The groups (分组) of a class (console/teaching/groups.xhtml?classId=…) for its staff: the groups with their members,
 * creating one, forming groups at random from the learners in none, moving a learner into a group, taking one out,
 * deleting a group, and opening or closing self-signup. Anyone but staff of the class gets the 404 page.
 */
@Named
@ViewScoped
public class TeachingGroupsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ClassGroupService groups;

    @EJB
    private GroupMembershipService members;

    @EJB
    private EnrolmentService enrolments;

    private String classId;
    private final RequestMark read = new RequestMark();
    private transient ClassGroupsView view;
    private transient List<LearnerView> learners;
    private final Map<Long, String> names = new HashMap<>();
    private final Map<Long, String> versions = new HashMap<>();
    private String name;
    private Integer maxSize;
    private Integer randomGroups;
    private Integer randomSize;
    private Long learnerId;
    private Long groupId;

    /** Reads the groups and learners; each group's rename field starts with its name and version as read. */
    public void load() {
        long id = TeachingPages.id(classId);
        view = RefusalMessages.load(() -> groups.groups(id));
        learners = RefusalMessages.load(() -> enrolments.learners(id));
        read.mark();
        names.clear();
        versions.clear();
        for (ClassGroupView g : view.groups()) {
            names.put(g.id(), g.name());
            versions.put(g.id(), Integer.toString(g.version()));
        }
    }

    private void loaded() {
        if (!read.marked()) {
            load();
        }
    }

    public void create() {
        if (RefusalMessages.change(() -> groups.create(TeachingPages.id(classId),
                new GroupCommand(name, maxSize, null)), "teaching.groups.created")) {
            name = null;
            maxSize = null;
        }
        load();
    }

    public void random() {
        RefusalMessages.change(() -> groups.random(TeachingPages.id(classId), new RandomGroupsCommand(randomGroups,
                randomSize, null)), "teaching.groups.formed");
        load();
    }

    public void signup(boolean open) {
        RefusalMessages.change(() -> groups.signup(TeachingPages.id(classId), open),
                open ? "teaching.groups.signupOpened" : "teaching.groups.signupClosed");
        load();
    }

    public void move() {
        RefusalMessages.change(() -> members.join(groupId == null ? -1 : groupId, learnerId), "teaching.groups.moved");
        load();
    }

    public void remove(long group, long learner) {
        RefusalMessages.change(() -> members.leave(group, learner), "teaching.groups.removed");
        load();
    }

    /** Renames the group to the name typed in its row, on the version the row was shown with (max size kept). */
    public void rename(long group) {
        loaded();
        Integer max = view.groups().stream().filter(g -> g.id() == group).findFirst().map(ClassGroupView::maxSize)
                .orElse(null);
        Integer version;
        try {
            version = Integer.valueOf(String.valueOf(versions.get(group)).strip());
        } catch (NumberFormatException e) {
            version = null;
        }
        GroupCommand command = new GroupCommand(names.get(group), max, version);
        RefusalMessages.change(() -> groups.change(group, command), "teaching.groups.renamed");
        load();
    }

    public void delete(long group) {
        RefusalMessages.change(() -> groups.delete(group), "teaching.groups.deleted");
        load();
    }

    /** The name and username of a learner of the class, for the learners in no group. */
    public String learnerName(long id) {
        return getLearners().stream().filter(l -> l.accountId() == id).findFirst()
                .map(l -> l.displayName() + " (" + l.username() + ")").orElse(Long.toString(id));
    }

    public ClassGroupsView getView() {
        loaded();
        return view;
    }

    public List<LearnerView> getLearners() {
        loaded();
        return learners;
    }

    /** The rename field of each group, by group id. */
    public Map<Long, String> getNames() {
        return names;
    }

    /** The version each group's row was shown with (a hidden field of the row), by group id. */
    public Map<Long, String> getVersions() {
        return versions;
    }

    public String getClassId() {
        return classId;
    }

    public void setClassId(String classId) {
        this.classId = classId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getMaxSize() {
        return maxSize;
    }

    public void setMaxSize(Integer maxSize) {
        this.maxSize = maxSize;
    }

    public Integer getRandomGroups() {
        return randomGroups;
    }

    public void setRandomGroups(Integer randomGroups) {
        this.randomGroups = randomGroups;
    }

    public Integer getRandomSize() {
        return randomSize;
    }

    public void setRandomSize(Integer randomSize) {
        this.randomSize = randomSize;
    }

    public Long getLearnerId() {
        return learnerId;
    }

    public void setLearnerId(Long learnerId) {
        this.learnerId = learnerId;
    }

    public Long getGroupId() {
        return groupId;
    }

    public void setGroupId(Long groupId) {
        this.groupId = groupId;
    }
}
