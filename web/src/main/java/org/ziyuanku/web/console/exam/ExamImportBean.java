package org.ziyuanku.web.console.exam;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import org.omnifaces.util.Messages;
import org.primefaces.model.file.UploadedFile;
import org.ziyuanku.service.exam.QuestionFileFormat;
import org.ziyuanku.service.exam.QuestionImportCommand;
import org.ziyuanku.service.exam.QuestionImportReport;
import org.ziyuanku.service.exam.QuestionImportRow;
import org.ziyuanku.service.exam.QuestionTransferService;
import org.ziyuanku.service.system.RefusedException;
import org.ziyuanku.web.faces.LocaleBean;
import org.ziyuanku.web.faces.MessageBundle;

/**
 * Importing questions into a library's bank (console/exam/import.xhtml): a file of one of the formats, all-or-nothing
 * or question by question, then the per-question report. Offers only the libraries the caller contributes to; the
 * template and the exports are plain links to the API.
 */
@Named
@RequestScoped
public class ExamImportBean extends ExamLibraryPage {

    private static final long serialVersionUID = 1L;

    @EJB
    private QuestionTransferService transfers;

    @Inject
    private LocaleBean localeBean;

    private QuestionFileFormat format;
    private boolean allOrNothing = true;
    private transient UploadedFile file;
    private transient QuestionImportReport report;

    /** Reads the file into the chosen library; a file that cannot be read at all is a message, nothing stored. */
    public void importFile() {
        Long library = getLibraryId();
        if (library == null || getLibraries().stream().noneMatch(l -> l.id() == library)) {
            Messages.addGlobalError(MessageBundle.text(localeBean.getLocale(), "exam.import.page.noLibrary"));
            return;
        }
        if (file == null || file.getSize() == 0) {
            Messages.addGlobalError(MessageBundle.text(localeBean.getLocale(), "exam.import.page.noFile"));
            return;
        }
        try (InputStream content = file.getInputStream()) {
            report = transfers.importFile(new QuestionImportCommand(library, format, allOrNothing,
                    file.getFileName()), content);
        } catch (RefusedException e) {
            Messages.addGlobalError(MessageBundle.text(localeBean.getLocale(), e.getReasonKey(), e.getReasonArgs()));
        } catch (IOException e) {
            Messages.addGlobalError(MessageBundle.text(localeBean.getLocale(), "exam.import.page.unreadable"));
        }
    }

    /** A row's problem in the caller's language; empty for a stored question. */
    public String problem(QuestionImportRow row) {
        return row.problemKey() == null ? ""
                : MessageBundle.text(localeBean.getLocale(), row.problemKey(), row.problemArgs().toArray());
    }

    public QuestionFileFormat[] getFormats() {
        return QuestionFileFormat.values();
    }

    public QuestionFileFormat getFormat() {
        return format;
    }

    public void setFormat(QuestionFileFormat format) {
        this.format = format;
    }

    public boolean isAllOrNothing() {
        return allOrNothing;
    }

    public void setAllOrNothing(boolean allOrNothing) {
        this.allOrNothing = allOrNothing;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public QuestionImportReport getReport() {
        return report;
    }
}
