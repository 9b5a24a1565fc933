package org.ziyuanku.web.console.teaching;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import org.ziyuanku.service.teaching.AssignmentService;
import org.ziyuanku.service.teaching.AssignmentView;
import org.ziyuanku.web.faces.RefusalMessages;

/**
 * The homework (作业) of an offering for its staff (console/teaching/assignments.xhtml?offering=…): the list with
 * each homework's submissions count, creating one (manual or peer grading; published at once unless unticked) and
 * publishing a draft. Anyone else 404; a learner of the offering 403.
 */
@Named
@ViewScoped
public class TeachingAssignmentsBean extends OfferingStaffPage {

    private static final long serialVersionUID = 1L;

    @EJB
    private AssignmentService assignments;

    private transient List<AssignmentView> list;
    private final AssignmentCommandForm form = new AssignmentCommandForm();

    @Override
    protected void loadRows(long offeringId) {
        list = RefusalMessages.load(() -> assignments.list(offeringId));
    }

    /** Creates the homework (and publishes it when asked); the form stays filled in when refused. */
    public void create() {
        long id = offeringId();
        AssignmentView[] made = new AssignmentView[1];
        boolean done = RefusalMessages.change(() -> {
            made[0] = assignments.create(id, form.command());
            if (form.isPublish()) {
                assignments.publish(made[0].id());
            }
        }, form.isPublish() ? "teaching.assignments.published" : "teaching.assignments.created");
        if (done) {
            form.setTitle(null);
            form.setInstructions(null);
            form.setRubric(null);
        }
        load();
    }

    public void publish(long assignmentId) {
        RefusalMessages.change(() -> assignments.publish(assignmentId), "teaching.assignments.published");
        load();
    }

    /** The class's name, or null for a homework of the whole offering. */
    public String scopeOf(AssignmentView a) {
        return header().nameOf(a.classId());
    }

    public List<AssignmentView> getAssignments() {
        loaded();
        return list;
    }

    public AssignmentCommandForm getForm() {
        return form;
    }
}
