package org.ziyuanku.web.console.learning;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.omnifaces.util.Messages;
import org.ziyuanku.service.learning.ClassNotFoundException;
import org.ziyuanku.service.learning.ClassStatisticsService;
import org.ziyuanku.service.learning.ClassStatisticsView;
import org.ziyuanku.service.learning.LearnerReminderService;
import org.ziyuanku.service.learning.LearnerStatisticsView;
import org.ziyuanku.service.system.RefusedException;
import org.ziyuanku.web.faces.SubjectNotFoundException;

/**
 * A class's statistics (console/learning/statistics.xhtml?classId=…) for its teachers, assistants and the offering's
 * owner: per learner progress, time, last activity and "behind schedule", sortable, filtered to those behind; the
 * export is a GET download of the REST resource (changes nothing), the print view a page of its own. Messages and
 * reminders are Faces posts. Holds the class id and the filter; the statistics are read again when needed.
 */
@Named
@ViewScoped
public class LearningStatisticsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ClassStatisticsService statistics;

    @EJB
    private LearnerReminderService reminders;

    private Long classId;
    private boolean behindOnly;
    private String message;
    private transient ClassStatisticsView view;
    private transient List<LearnerStatisticsView> rows;

    /** Reads the statistics of the class named by the parameter; 404 for an unknown class, 403 for outsiders. */
    public void load() {
        if (classId != null) {
            view = read();
        }
    }

    public ClassStatisticsView getView() {
        if (view == null && classId != null) {
            view = read();
        }
        return view;
    }

    /** The learners as the filter stands: one modifiable list per view and filter, which the table sorts in place. */
    public List<LearnerStatisticsView> getLearners() {
        ClassStatisticsView statisticsView = getView();
        if (statisticsView == null) {
            return List.of();
        }
        if (rows == null) {
            rows = new ArrayList<>(behindOnly ? statisticsView.behind() : statisticsView.learners());
        }
        return rows;
    }

    /** Sends the message to every learner of the class. */
    public void send() {
        try {
            int notified = reminders.messageClass(classId, message);
            Messages.addGlobalInfo("learning.statistics.sent", notified);
            message = null;
        } catch (RefusedException e) {
            Messages.addGlobalError(e.getReasonKey(), e.getReasonArgs());
        }
    }

    /** Reminds the learners behind schedule. */
    public void remind() {
        int notified = reminders.remindBehind(classId);
        Messages.addGlobalInfo("learning.statistics.reminded", notified);
    }

    private ClassStatisticsView read() {
        rows = null;
        try {
            return statistics.statistics(classId);
        } catch (ClassNotFoundException e) {
            throw new SubjectNotFoundException("no class " + classId);
        }
    }

    public Long getClassId() {
        return classId;
    }

    public void setClassId(Long classId) {
        this.classId = classId;
    }

    public boolean isBehindOnly() {
        return behindOnly;
    }

    public void setBehindOnly(boolean behindOnly) {
        if (this.behindOnly != behindOnly) {
            rows = null;
        }
        this.behindOnly = behindOnly;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }
}
