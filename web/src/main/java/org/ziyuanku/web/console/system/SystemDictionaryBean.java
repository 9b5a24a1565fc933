package org.ziyuanku.web.console.system;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Messages;
import org.ziyuanku.service.dictionary.DataDictionaryAdministrationService;
import org.ziyuanku.service.dictionary.DataDictionaryService;
import org.ziyuanku.service.dictionary.DictionaryAdministrationView;
import org.ziyuanku.service.dictionary.DictionaryEntryCommand;
import org.ziyuanku.service.dictionary.DictionaryEntryView;
import org.ziyuanku.service.dictionary.DictionaryListView;
import org.ziyuanku.service.system.RefusedException;

/**
 * The data dictionary page (console/system/dictionary.xhtml): the code lists, one list's entries with their use and
 * its history; in an OPEN list the system administrator adds an entry, edits one (labels, place) and stops or resumes
 * offering it, each a Faces postback. The view keeps only the list's code and the form's fields; the list itself is
 * read again on every request.
 */
@Named
@ViewScoped
public class SystemDictionaryBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private DataDictionaryService dictionary;

    @EJB
    private DataDictionaryAdministrationService administration;

    private String list = "TERM";
    private String code;
    private String labelZh;
    private String labelEn;
    private Integer sortOrder;
    private String editing;

    private transient List<DictionaryListView> lists;
    private transient DictionaryAdministrationView view;

    /** Reads the chosen list (GET and every postback); an unknown list ends on the 404 page, others on 403. */
    public void load() {
        view = administration.administer(list);
    }

    public void add() {
        if (run(() -> administration.add(list, command()), "system.dictionary.added")) {
            clearForm();
        }
    }

    /** Puts the row's entry into the form for editing. */
    public void edit(String entryCode) {
        entries().stream().filter(e -> e.code().equals(entryCode)).findFirst().ifPresent(e -> {
            editing = e.code();
            code = e.code();
            labelZh = e.labelZh();
            labelEn = e.labelEn();
            sortOrder = e.sortOrder();
        });
    }

    public void save() {
        if (run(() -> administration.change(list, editing, command()), "system.dictionary.saved")) {
            clearForm();
        }
    }

    public void cancel() {
        clearForm();
    }

    /** Stops or resumes offering the row's entry. */
    public void activate(String entryCode, boolean active) {
        run(() -> administration.activate(list, entryCode, active),
                active ? "system.dictionary.reactivated" : "system.dictionary.deactivated");
    }

    private boolean run(Change change, String doneKey) {
        try {
            DictionaryEntryView entry = change.apply();
            Messages.addGlobalInfo(doneKey, entry.code());
            view = null;
            return true;
        } catch (RefusedException e) {
            Messages.addGlobalError(e.getReasonKey(), e.getReasonArgs());
            return false;
        }
    }

    /** One change of the dictionary, answered with the entry it changed. */
    private interface Change {
        DictionaryEntryView apply();
    }

    private DictionaryEntryCommand command() {
        return new DictionaryEntryCommand(code, labelZh, labelEn, sortOrder);
    }

    private void clearForm() {
        editing = null;
        code = null;
        labelZh = null;
        labelEn = null;
        sortOrder = null;
    }

    public List<DictionaryListView> getLists() {
        if (lists == null) {
            lists = dictionary.lists();
        }
        return lists;
    }

    public DictionaryAdministrationView getView() {
        if (view == null) {
            load();
        }
        return view;
    }

    public List<DictionaryEntryView> entries() {
        return getView().list().entries();
    }

    public String getList() {
        return list;
    }

    public void setList(String list) {
        this.list = list;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getLabelZh() {
        return labelZh;
    }

    public void setLabelZh(String labelZh) {
        this.labelZh = labelZh;
    }

    public String getLabelEn() {
        return labelEn;
    }

    public void setLabelEn(String labelEn) {
        this.labelEn = labelEn;
    }

    public Integer getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(Integer sortOrder) {
        this.sortOrder = sortOrder;
    }

    public String getEditing() {
        return editing;
    }
}
