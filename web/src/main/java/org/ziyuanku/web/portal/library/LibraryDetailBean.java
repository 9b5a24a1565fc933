package org.ziyuanku.web.portal.library;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.ziyuanku.service.library.LibraryCatalogueService;
import org.ziyuanku.service.library.LibraryDetailView;

/** The library page (portal/library/detail.xhtml?id=…): host units in order and participating units. */
@Named
@RequestScoped
public class LibraryDetailBean {

    @EJB
    private LibraryCatalogueService catalogue;

    private String id;
    private LibraryDetailView library;

    /** Loads the library; an unknown or malformed id answers 404 with a friendly page. */
    public void load() {
        library = parseId().flatMap(catalogue::findDetail).orElse(null);
        if (library == null) {
            FacesContext.getCurrentInstance().getExternalContext()
                    .setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private Optional<Long> parseId() {
        try {
            return id == null ? Optional.empty() : Optional.of(Long.parseLong(id.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public LibraryDetailView getLibrary() {
        return library;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
