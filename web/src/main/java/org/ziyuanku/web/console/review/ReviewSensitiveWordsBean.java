package org.ziyuanku.web.console.review;

import jakarta.ejb.EJB;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jakarta.faces.view.ViewScoped;
import org.omnifaces.util.Messages;
import org.ziyuanku.domain.review.SensitiveWordCategory;
import org.ziyuanku.domain.review.SensitiveWordSeverity;
import org.ziyuanku.service.review.AddSensitiveWordCommand;
import org.ziyuanku.service.review.SensitiveWordImportReport;
import org.ziyuanku.service.review.SensitiveWordPage;
import org.ziyuanku.service.review.SensitiveWordRefusedException;
import org.ziyuanku.service.review.SensitiveWordService;
import org.ziyuanku.service.review.SensitiveWordView;
import org.ziyuanku.service.system.AccessDeniedException;
import org.ziyuanku.web.faces.LocaleBean;
import org.ziyuanku.web.faces.MessageBundle;

/**
 * The sensitive-word dictionary (console/review/sensitive-words.xhtml?q=&category=&severity=&page=) for security and
 * national administrators: filtering, adding one word, deleting the words selected in the table, and importing lines
 * {@code 词,类别,级别}. Anyone else gets the 403 page.
 */
@Named
@ViewScoped
public class ReviewSensitiveWordsBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PAGE_SIZE = 50;

    @EJB
    private SensitiveWordService words;

    private final SensitiveWordFields fields = new SensitiveWordFields();
    private transient SensitiveWordPage page;
    private transient List<SensitiveWordView> selected = new ArrayList<>();
    private List<String> importErrors = List.of();
    private String importText;

    /** Reads the filtered page; a caller who does not manage the dictionary gets the 403 page. */
    public void load() {
        if (!words.mayManage()) {
            throw new AccessDeniedException("sensitive words");
        }
        page = words.list(fields.getQ(), fields.getCategory(), fields.getSeverity(),
                fields.getPage() == null ? 0 : fields.getPage(), PAGE_SIZE);
    }

    /** The filter is applied by a fresh GET of the page with its parameters. */
    public String filter() {
        return "/console/review/sensitive-words?faces-redirect=true&includeViewParams=true";
    }

    /** Adds the word; a missing category or severity reaches the service as null, which refuses it. */
    public void add() {
        try {
            var added = words.add(new AddSensitiveWordCommand(fields.getNewWord(), fields.getNewCategory(),
                    fields.getNewSeverity()));
            Messages.addGlobalInfo("review.words.added", added.word());
            fields.setNewWord(null);
        } catch (SensitiveWordRefusedException e) {
            Messages.addGlobalError(e.getReasonKey(), e.getReasonArgs());
        }
        load();
    }

    public void delete() {
        if (selected == null || selected.isEmpty()) {
            Messages.addGlobalWarn("review.words.noneSelected");
            return;
        }
        Messages.addGlobalInfo("review.words.deleted", words.remove(selected.stream().map(SensitiveWordView::id)
                .toList()));
        selected = new ArrayList<>();
        load();
    }

    /** Imports the lines; when any is refused none is imported and each refused line is listed. */
    public void importLines() {
        try {
            SensitiveWordImportReport report = words.importLines(importText);
            importErrors = List.of();
            if (report.accepted()) {
                Messages.addGlobalInfo("review.words.imported", report.imported());
                importText = null;
            } else {
                Locale locale = LocaleBean.current();
                importErrors = report.errors().stream().map(e -> MessageBundle.text(locale,
                        "review.words.import.lineError", e.line(), MessageBundle.text(locale, e.key(),
                                e.args().toArray()))).toList();
                Messages.addGlobalError("review.words.import.refused", report.errors().size());
            }
        } catch (SensitiveWordRefusedException e) {
            Messages.addGlobalError(e.getReasonKey(), e.getReasonArgs());
        }
        load();
    }

    public SensitiveWordFields getFields() {
        return fields;
    }

    public SensitiveWordPage getPage() {
        if (page == null) {
            load();
        }
        return page;
    }

    public List<SensitiveWordView> getSelected() {
        return selected;
    }

    public void setSelected(List<SensitiveWordView> selected) {
        this.selected = selected;
    }

    public List<String> getImportErrors() {
        return importErrors;
    }

    public String getImportText() {
        return importText;
    }

    public void setImportText(String importText) {
        this.importText = importText;
    }

    public List<SensitiveWordCategory> getCategories() {
        return List.of(SensitiveWordCategory.values());
    }

    public List<SensitiveWordSeverity> getSeverities() {
        return List.of(SensitiveWordSeverity.values());
    }
}
