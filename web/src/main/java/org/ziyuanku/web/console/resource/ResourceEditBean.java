package org.ziyuanku.web.console.resource;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.omnifaces.util.Messages;
import org.ziyuanku.service.resource.ResourceEditService;
import org.ziyuanku.service.resource.ResourceRefusedException;
import org.ziyuanku.web.faces.SubjectNotFoundException;

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
        }
    }

    /** The resource's id; none or an unreadable one is the 404 page, as is an unknown one (the service's). */
    private long resourceId() {
        try {
            return Long.parseLong(id == null ? "" : id.strip());
        } catch (NumberFormatException e) {
            throw new SubjectNotFoundException("resource " + id);
        }
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
