package org.ziyuanku.web.console.identity;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.omnifaces.util.Messages;
import org.primefaces.model.file.UploadedFile;
import org.ziyuanku.service.identity.MemberImportReport;
import org.ziyuanku.service.identity.MemberInvitationService;
import org.ziyuanku.service.identity.UnknownOrganisationException;
import org.ziyuanku.web.faces.SubjectNotFoundException;

/**
 * Inviting people into an organisation (console/identity/import.xhtml?organisation=…), for its administrators: one
 * person by e-mail, or an Excel sheet of them; then the report or the rows to correct. Outside their scope 403,
 * unknown 404.
 */
@Named
@RequestScoped
public class IdentityImportBean {

    @EJB
    private MemberInvitationService invitations;

    private String organisation;
    private final IdentityInvitationForm invitee = new IdentityInvitationForm();
    private UploadedFile file;
    private MemberImportReport report;
    private List<String> errorLines = List.of();

    /** Checks that the caller administers the organisation: the 403 page otherwise, the 404 page for none. */
    public void load() {
        try {
            invitations.requireInviter(OrganisationParameter.id(organisation).orElseThrow(() -> notFound()));
        } catch (UnknownOrganisationException e) {
            throw notFound();
        }
    }

    private SubjectNotFoundException notFound() {
        return new SubjectNotFoundException("organisation " + organisation);
    }

    public void invite() {
        run(id -> invitations.invite(id, invitee.command()));
    }

    public void importSheet() {
        if (file == null || file.getSize() == 0) {
            Messages.addGlobalError("identity.import.noFile");
            load();
            return;
        }
        run(id -> {
            try (InputStream content = file.getInputStream()) {
                return invitations.importSheet(id, content, file.getFileName());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private void run(Function<Long, MemberImportReport> invitation) {
        Optional<Long> id = OrganisationParameter.id(organisation);
        try {
            report = id.map(invitation).orElse(null);
            errorLines = report == null ? List.of() : SheetErrorLines.of(report.errors(), "identity.import.errorRow");
        } catch (UnknownOrganisationException e) {
            throw notFound();
        }
        load();
    }

    public String getCreatedList() {
        return report == null ? "" : String.join(", ", report.created());
    }

    public MemberImportReport getReport() {
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

    public IdentityInvitationForm getInvitee() {
        return invitee;
    }
}
