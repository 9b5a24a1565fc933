package org.ziyuanku.web.console.identity;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.omnifaces.util.Messages;
import org.primefaces.model.file.UploadedFile;
import org.ziyuanku.service.system.AccessDeniedException;
import org.ziyuanku.service.identity.MemberImportReport;
import org.ziyuanku.service.identity.MemberInvitationService;
import org.ziyuanku.service.identity.UnknownOrganisationException;

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
    private boolean forbidden;
    private boolean notFound;

    /** Checks that the caller administers the organisation (403/404 otherwise). */
    public void load() {
        try {
            OrganisationParameter.id(organisation).ifPresentOrElse(invitations::requireInviter,
                    () -> answer(HttpServletResponse.SC_NOT_FOUND));
        } catch (AccessDeniedException e) {
            answer(HttpServletResponse.SC_FORBIDDEN);
        } catch (UnknownOrganisationException e) {
            answer(HttpServletResponse.SC_NOT_FOUND);
        }
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
        } catch (AccessDeniedException | UnknownOrganisationException e) {
            report = null; // load() below answers 403 or 404 for the same reason
        }
        load();
    }

    private void answer(int status) {
        forbidden = status == HttpServletResponse.SC_FORBIDDEN;
        notFound = status == HttpServletResponse.SC_NOT_FOUND;
        FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(status);
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

    public boolean isForbidden() {
        return forbidden;
    }

    public boolean isNotFound() {
        return notFound;
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
