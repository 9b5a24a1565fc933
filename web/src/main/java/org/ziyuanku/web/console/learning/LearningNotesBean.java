package org.ziyuanku.web.console.learning;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.List;
import org.ziyuanku.service.learning.NoteService;
import org.ziyuanku.service.learning.NoteView;

/**
 * "My notes" (我的笔记, console/learning/notes.xhtml): the learner's notes, newest first, each linking to its resource
 * (at the note's player position) or course item. Deleting goes through the API; the page keeps no state.
 */
@Named
@RequestScoped
public class LearningNotesBean {

    @EJB
    private NoteService notes;

    private List<NoteView> list;

    public List<NoteView> getNotes() {
        if (list == null) {
            list = notes.mine();
        }
        return list;
    }

    /** Where the note leads: its resource's page at the note's position, or its course item. */
    public String link(NoteView note) {
        String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        if (note.resourceId() == null) {
            return context + "/console/learning/item.xhtml?offering=" + note.offeringId() + "&item=" + note.nodeId();
        }
        return context + "/portal/resource/view.xhtml?id=" + note.resourceId()
                + (note.positionSeconds() == null ? "" : "&t=" + note.positionSeconds());
    }

    /** A position in seconds as m:ss. */
    public String time(Integer seconds) {
        return seconds == null ? "" : seconds / 60 + ":" + String.format("%02d", seconds % 60);
    }
}
