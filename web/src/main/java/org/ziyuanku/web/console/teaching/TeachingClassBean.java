package org.ziyuanku.web.console.teaching;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.omnifaces.util.Messages;
import org.primefaces.model.file.UploadedFile;
import org.ziyuanku.service.teaching.ClassService;
import org.ziyuanku.service.teaching.ClassView;
import org.ziyuanku.service.teaching.EnrolmentService;
import org.ziyuanku.service.teaching.LearnerView;
import org.ziyuanku.service.teaching.RosterEnrolmentService;
import org.ziyuanku.service.teaching.RosterImportReport;
import org.ziyuanku.service.teaching.StaffView;
import org.ziyuanku.web.faces.RefusalMessages;
import org.ziyuanku.web.faces.RequestMark;

/**
 * One class (console/teaching/class.xhtml?id=…) for its staff: its code (a new one on request), teachers and
 * assistants, learners, adding and removing them, and importing an Excel roster (学号, 姓名) with the per-row report.
 * Staff of another class of the offering get 403; assistants see but do not change.
 */
@Named
@ViewScoped
public class TeachingClassBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ClassService classes;

    @EJB
    private EnrolmentService enrolments;

    @EJB
    private RosterEnrolmentService rosters;

    private String id;
    private final RequestMark read = new RequestMark();
    private final RequestMark imported = new RequestMark();
    private transient ClassView courseClass;
    private transient List<StaffView> staff;
    private transient List<LearnerView> learners;
    private transient RosterImportReport report;
    private String username;
    private String role = "TEACHER";
    private transient UploadedFile file;

    /** Reads what the page shows unless done in this request (a postback finds its rows again this way). */
    private void loaded() {
        if (!read.marked()) {
            load();
        }
    }

    public void load() {
        long classId = TeachingPages.id(id);
        courseClass = RefusalMessages.load(() -> classes.get(classId));
        staff = classes.staff(classId);
        learners = enrolments.learners(classId);
        read.mark();
    }

    public void regenerateCode() {
        RefusalMessages.change(() -> classes.regenerateCode(TeachingPages.id(id)), "teaching.class.codeRegenerated");
        load();
    }

    public void addStaff() {
        if (RefusalMessages.change(() -> classes.addStaff(TeachingPages.id(id), username, role),
                "teaching.class.staffAdded")) {
            username = null;
        }
        load();
    }

    public void removeStaff(long accountId) {
        RefusalMessages.change(() -> classes.removeStaff(TeachingPages.id(id), accountId),
                "teaching.class.staffRemoved");
        load();
    }

    public void addLearner() {
        // a saved change empties the user name, which the staff and learner forms share
        if (RefusalMessages.change(() -> enrolments.add(TeachingPages.id(id), username),
                "teaching.class.learnerAdded")) {
            username = null;
        }
        load();
    }

    public void removeLearner(long accountId) {
        RefusalMessages.change(() -> enrolments.remove(TeachingPages.id(id), accountId),
                "teaching.class.learnerRemoved");
        load();
    }

    public void importRoster() {
        report = null;
        if (file == null || file.getSize() == 0) {
            Messages.addGlobalError("teaching.refused.roster");
        } else {
            try (InputStream content = file.getInputStream()) {
                RefusalMessages.change(() -> report = rosters.importRoster(TeachingPages.id(id), content), null);
                imported.mark();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                file = null;
            }
        }
        load();
    }

    public ClassView getCourseClass() {
        loaded();
        return courseClass;
    }

    public List<StaffView> getStaff() {
        loaded();
        return staff;
    }

    public List<LearnerView> getLearners() {
        loaded();
        return learners;
    }

    /** The report of the roster imported in this request, or null. */
    public RosterImportReport getReport() {
        return imported.marked() ? report : null;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
