package org.ziyuanku.web.console.resource;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.omnifaces.util.Messages;
import org.ziyuanku.service.resource.ResourceEditService;
import org.ziyuanku.service.resource.ResourceRefusedException;
import org.ziyuanku.web.faces.PageIds;

/**
 * Editing a plain-text resource online (console/resource/edit.xhtml?id=…): the text in a text area, saved as the
 * resource's new content. Someone who may not change it gets 404 or 403 like everywhere else. The view keeps the id
 * and whether the text could be read for editing when the page was opened; the text itself (up to 1 MB) is posted
 * with the form and never kept in the view.
 */
@Named
@ViewScoped
public class ResourceEditBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ResourceEditService edits;

    private String id;
    private transient String text;
    private boolean editable;

    /** Loads the text when the page is opened; a refusal leaves the text area disabled with the reason. */
    public void load() {
        try {
            text = edits.text(PageIds.of(id));
            editable = true;
        } catch (ResourceRefusedException e) {
            Messages.addGlobalError(e.getReasonKey(), e.getReasonArgs());
        }
    }

    public void save() {
        try {
            edits.saveText(PageIds.of(id), text);
            Messages.addGlobalInfo("resource.edit.saved");
        } catch (ResourceRefusedException e) {
            Messages.addGlobalError(e.getReasonKey(), e.getReasonArgs());
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
