package org.ziyuanku.web.console.resource;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import org.omnifaces.util.Messages;
import org.ziyuanku.service.system.AccessDeniedException;
import org.ziyuanku.service.resource.ResourceEditService;
import org.ziyuanku.service.resource.ResourceNotFoundException;
import org.ziyuanku.service.resource.ResourceRefusedException;

/**
 * Editing a plain-text resource online (console/resource/edit.xhtml?id=…): the text in a text area, saved as the
 * resource's new content. Someone who may not change it gets 404 or 403 like everywhere else.
 */
@Named
@RequestScoped
public class ResourceEditBean {

    @EJB
    private ResourceEditService edits;

    private String id;
    private String text;
    private boolean editable;

    /** Loads the text on the first request; a postback keeps what was typed. */
    public void load() {
        if (!FacesContext.getCurrentInstance().isPostback()) {
            try {
                text = edits.text(resourceId());
                editable = true;
            } catch (ResourceRefusedException e) {
                Messages.addGlobalError(e.getReasonKey(), e.getReasonArgs());
            } catch (ResourceNotFoundException | NumberFormatException e) {
                answer(HttpServletResponse.SC_NOT_FOUND);
            } catch (AccessDeniedException e) {
                answer(HttpServletResponse.SC_FORBIDDEN);
            }
        } else {
            editable = true;
        }
    }

    public void save() {
        try {
            edits.saveText(resourceId(), text);
            Messages.addGlobalInfo("resource.edit.saved");
        } catch (ResourceRefusedException e) {
            Messages.addGlobalError(e.getReasonKey(), e.getReasonArgs());
        } catch (ResourceNotFoundException | NumberFormatException e) {
            answer(HttpServletResponse.SC_NOT_FOUND);
        } catch (AccessDeniedException e) {
            answer(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    private long resourceId() {
        return Long.parseLong(id == null ? "" : id.strip());
    }

    private void answer(int status) {
        editable = false;
        FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(status);
        Messages.addGlobalError(status == HttpServletResponse.SC_FORBIDDEN ? "resource.mine.forbidden"
                : "resource.view.notFound");
    }

    public boolean isEditable() {
        return editable;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
