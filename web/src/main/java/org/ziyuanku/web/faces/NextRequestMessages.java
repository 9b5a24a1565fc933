package org.ziyuanku.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Messages;

/**
 * Global messages shown by the next page the user sees (after a POST that redirects, or by the POST's own page when it
 * does not), kept in the user's own session until then. Used instead of the Faces flash: Mojarra keeps every user's
 * pending flash in one application-wide map, and in a distributable application copies that whole map into each
 * session it touches, so sessions grew with other users' messages and carried them to every node (SessionSizeIT).
 * Registered as a phase listener in faces-config.xml; an AJAX request leaves the messages for the next full page.
 */
public class NextRequestMessages implements PhaseListener {

    private static final long serialVersionUID = 1L;

    public static final String SESSION_KEY = "org.ziyuanku.web.nextMessages";

    /** A message from the bundle (key and arguments) for the next page, as information. */
    public static void addGlobalInfo(String key, Object... args) {
        keep(Messages.createInfo(key, args));
    }

    /** A message from the bundle (key and arguments) for the next page, as an error. */
    public static void addGlobalError(String key, Object... args) {
        keep(Messages.createError(key, args));
    }

    @SuppressWarnings("unchecked")
    private static void keep(FacesMessage message) {
        Map<String, Object> session = FacesContext.getCurrentInstance().getExternalContext().getSessionMap();
        ArrayList<FacesMessage> waiting = (ArrayList<FacesMessage>) session.get(SESSION_KEY);
        ArrayList<FacesMessage> next = waiting == null ? new ArrayList<>() : new ArrayList<>(waiting);
        next.add(message);
        session.put(SESSION_KEY, next);
    }

    /** Before a full page renders: the waiting messages join its messages and leave the session. */
    @Override
    @SuppressWarnings("unchecked")
    public void beforePhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (context.getPartialViewContext().isAjaxRequest()) {
            return;
        }
        if (context.getExternalContext().getSession(false) == null) {
            return;
        }
        Object waiting = context.getExternalContext().getSessionMap().remove(SESSION_KEY);
        if (waiting instanceof List<?> messages) {
            ((List<FacesMessage>) messages).forEach(m -> context.addMessage(null, m));
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // nothing after rendering
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }
}
