package org.ziyuanku.web.faces;

/**
 * What a page is about (an organisation, a task …) does not exist, or the page was opened without saying which:
 * {@link RefusalExceptionHandler} answers 404 with the error page.
 */
public class SubjectNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SubjectNotFoundException(String message) {
        super(message);
    }
}
