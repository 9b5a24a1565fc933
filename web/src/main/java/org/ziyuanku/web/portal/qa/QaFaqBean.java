package org.ziyuanku.web.portal.qa;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.ziyuanku.service.qa.LibraryFaqService;
import org.ziyuanku.service.qa.LibraryFaqView;
import org.ziyuanku.service.system.RefusedException;
import org.ziyuanku.web.faces.PageIds;
import org.ziyuanku.web.faces.SubjectNotFoundException;

/** A library's FAQ (portal/qa/faq.xhtml?library=…), for anyone: promoted questions with their best answers. */
@Named
@RequestScoped
public class QaFaqBean {

    @EJB
    private LibraryFaqService faq;

    private String library;
    private LibraryFaqView view;

    /** Loads the FAQ; an unknown or malformed library id is the 404 page. */
    public void load() {
        long libraryId = PageIds.of(library);
        try {
            view = faq.faq(libraryId);
        } catch (RefusedException e) {
            throw new SubjectNotFoundException("faq of library " + library);
        }
    }

    public LibraryFaqView getView() {
        return view;
    }

    public String getLibrary() {
        return library;
    }

    public void setLibrary(String library) {
        this.library = library;
    }
}
