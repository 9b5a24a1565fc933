package org.ziyuanku.web.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.el.ELException;
import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import org.junit.jupiter.api.Test;
import org.ziyuanku.service.system.AccessDeniedException;

class RefusalExceptionHandlerTest {

    @Test
    void refusalWrappedByFacesAndEl_is403() {
        Throwable thrown = new FacesException(new ELException(new AccessDeniedException("not yours")));
        assertEquals(403, RefusalExceptionHandler.statusOf(thrown));
    }

    @Test
    void missingSubject_is404_andExpiredView_is400() {
        assertEquals(404, RefusalExceptionHandler.statusOf(new FacesException(new SubjectNotFoundException("x"))));
        assertEquals(400, RefusalExceptionHandler.statusOf(new ViewExpiredException("gone", "/console/index.xhtml")));
    }

    @Test
    void anyOtherFailure_isLeftToTheServerErrorPage() {
        assertEquals(0, RefusalExceptionHandler.statusOf(new FacesException(new IllegalStateException("bug"))));
    }
}
