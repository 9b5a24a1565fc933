package org.ziyuanku.web.console.review;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.omnifaces.util.Messages;
import org.ziyuanku.domain.review.SensitiveWordCategory;
import org.ziyuanku.domain.review.SensitiveWordSeverity;
import org.ziyuanku.service.review.AddSensitiveWordCommand;
import org.ziyuanku.service.review.SensitiveWordImportReport;
import org.ziyuanku.service.review.SensitiveWordPage;
import org.ziyuanku.service.review.SensitiveWordRefusedException;
import org.ziyuanku.service.review.SensitiveWordService;
import org.ziyuanku.web.faces.MessageBundle;
import org.ziyuanku.web.faces.RequestParameters;

/**
 * The sensitive-word dictionary (console/review/sensitive-words.xhtml) for security and national administrators: the
 * words with a filter (a bookmarkable GET: q, category, severity, page), a form to add one, deleting ticked rows and
 * importing lines {@code 词,类别,级别}. The buttons travel as plain request parameters ({@code act} = add, delete or
 * import) applied by a view action before the one that reads the page, so each request reads it once. Anyone else
 * gets 403.
 */
@Named
@RequestScoped
public class ReviewSensitiveWordsBean {

    private static final int PAGE_SIZE = 50;

    @EJB
    private SensitiveWordService words;

    private boolean forbidden;
    private SensitiveWordPage page;
    private List<String> importErrors = List.of();
    private String importText;

    /** Reads the filtered page; answers 403 to callers who do not manage the dictionary. */
    public void load() {
        if (!words.mayManage()) {
            forbidden = true;
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        Integer number = RequestParameters.integer("page");
        page = words.list(RequestParameters.get("q"), SensitiveWordCategory.of(RequestParameters.get("category"))
                .orElse(null), SensitiveWordSeverity.of(RequestParameters.get("severity")).orElse(null),
                number == null ? 0 : number, PAGE_SIZE);
    }

    /** Applies the pressed button to the form's fields or the ticked words; {@link #load} runs after it. */
    public void apply() {
        String act = RequestParameters.posted("act");
        if (act == null || !words.mayManage()) {
            return;
        }
        try {
            switch (act) {
                case "add" -> add();
                case "delete" -> delete(RequestParameters.ids("id"));
                case "import" -> importLines(FacesContext.getCurrentInstance().getExternalContext()
                        .getRequestParameterMap().get("lines"));
                default -> {
                }
            }
        } catch (SensitiveWordRefusedException e) {
            Messages.addGlobalError(e.getReasonKey(), e.getReasonArgs());
        }
    }

    /** Adds the word; a category or severity the selects do not offer reaches the service as null, which refuses it. */
    private void add() {
        var added = words.add(new AddSensitiveWordCommand(RequestParameters.get("newWord"),
                SensitiveWordCategory.of(RequestParameters.get("newCategory")).orElse(null),
                SensitiveWordSeverity.of(RequestParameters.get("newSeverity")).orElse(null)));
        Messages.addGlobalInfo("review.words.added", added.word());
    }

    private void delete(List<Long> ids) {
        if (ids.isEmpty()) {
            Messages.addGlobalWarn("review.words.noneSelected");
            return;
        }
        Messages.addGlobalInfo("review.words.deleted", words.remove(ids));
    }

    private void importLines(String lines) {
        SensitiveWordImportReport report = words.importLines(lines);
        if (report.accepted()) {
            Messages.addGlobalInfo("review.words.imported", report.imported());
            return;
        }
        importText = lines;
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        importErrors = report.errors().stream().map(e -> MessageBundle.text(locale, "review.words.import.lineError",
                e.line(), MessageBundle.text(locale, e.key(), e.args().toArray()))).toList();
        Messages.addGlobalError("review.words.import.refused", report.errors().size());
    }

    public boolean isForbidden() {
        return forbidden;
    }

    public SensitiveWordPage getPage() {
        return page;
    }

    public List<String> getImportErrors() {
        return importErrors;
    }

    public String getImportText() {
        return importText;
    }

    public SensitiveWordCategory[] getCategories() {
        return SensitiveWordCategory.values();
    }

    public SensitiveWordSeverity[] getSeverities() {
        return SensitiveWordSeverity.values();
    }
}
