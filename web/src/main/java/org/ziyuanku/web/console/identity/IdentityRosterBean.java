package org.ziyuanku.web.console.identity;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.omnifaces.util.Messages;
import org.primefaces.model.file.UploadedFile;
import org.ziyuanku.service.identity.RosterImportReport;
import org.ziyuanku.service.identity.RosterImportService;
import org.ziyuanku.service.identity.RosterPage;
import org.ziyuanku.service.identity.UnknownOrganisationException;
import org.ziyuanku.web.faces.SubjectNotFoundException;

/**
 * A school's real-name roster (console/identity/roster.xhtml?organisation=…&amp;page=…) for its administrators: import
 * an Excel roster, see the report or the rows to correct, browse the roster. Outside their scope 403, unknown 404.
 */
@Named
@RequestScoped
public class IdentityRosterBean {

    static final int PAGE_SIZE = 100;

    @EJB
    private RosterImportService rosterService;

    private String organisation;
    private int page = 1;
    private UploadedFile file;
    private RosterPage roster;
    private RosterImportReport report;
    private List<String> errorLines = List.of();

    public void load() {
        loadRoster(OrganisationParameter.id(organisation).orElseThrow(() -> new SubjectNotFoundException(
                "organisation " + organisation)));
    }

    /** Imports the uploaded workbook, then shows the report and the roster (which also checks scope again). */
    public void importRoster() {
        Optional<Long> id = OrganisationParameter.id(organisation);
        if (id.isPresent() && (file == null || file.getSize() == 0)) {
            Messages.addGlobalError("identity.roster.noFile");
        } else if (id.isPresent()) {
            try (InputStream content = file.getInputStream()) {
                report = rosterService.importRoster(id.get(), content, file.getFileName());
                errorLines = SheetErrorLines.of(report.errors(), "identity.roster.errorRow");
            } catch (UnknownOrganisationException e) {
                throw new SubjectNotFoundException("organisation " + organisation);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        load();
    }

    private void loadRoster(long organisationId) {
        page = Math.max(page, 1);
        roster = rosterService.entries(organisationId, (page - 1) * PAGE_SIZE, PAGE_SIZE)
                .orElseThrow(() -> new SubjectNotFoundException("organisation " + organisationId));
    }

    public int getPageCount() {
        return roster == null ? 1 : (int) Math.max(1, (roster.total() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public RosterPage getRoster() {
        return roster;
    }

    public RosterImportReport getReport() {
        return report;
    }

    public List<String> getErrorLines() {
        return errorLines;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
