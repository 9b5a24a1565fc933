package org.ziyuanku.web.console.learning;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.ziyuanku.service.learning.FavouriteService;
import org.ziyuanku.service.learning.NoteService;
import org.ziyuanku.service.learning.NoteView;
import org.ziyuanku.service.learning.TargetCommand;

/**
 * A course item's favourite and notes on its page (console/learning/item.xhtml): whether the learner saved it, and the
 * notes they may read on it (their own and those shared with their class), by player position. Changes go through the
 * API (js/learner-actions.js).
 */
@Named
@RequestScoped
public class LearningItemActionsBean {

    @EJB
    private FavouriteService favourites;

    @EJB
    private NoteService notes;

    private List<NoteView> list;

    public boolean saved(long offeringId, long nodeId) {
        return favourites.saved(new TargetCommand(null, offeringId, nodeId));
    }

    public List<NoteView> notes(long offeringId, long nodeId) {
        if (list == null) {
            list = notes.on(new TargetCommand(null, offeringId, nodeId));
        }
        return list;
    }

    /** A position in seconds as m:ss. */
    public String time(Integer seconds) {
        return seconds == null ? "" : seconds / 60 + ":" + String.format("%02d", seconds % 60);
    }
}
