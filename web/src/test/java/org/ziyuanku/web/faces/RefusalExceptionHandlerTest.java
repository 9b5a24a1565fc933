package org.ziyuanku.web.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.el.ELException;
import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import org.junit.jupiter.api.Test;
import org.ziyuanku.service.dictionary.DictionaryRefusedException;
import org.ziyuanku.service.system.AccessDeniedException;
import org.ziyuanku.service.system.RefusedException;

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
        assertEquals(404, RefusalExceptionHandler.statusOf(new FacesException(new ELException(
                DictionaryRefusedException.noList("NOPE")))), "any context's refusal of kind NOT_FOUND");
        assertEquals(0, RefusalExceptionHandler.statusOf(new DictionaryRefusedException(RefusedException.Kind.INVALID,
                "dictionary.refused.code", "x")), "bad input stays with the page's own message");
    }

    @Test
    void anyOtherFailure_isLeftToTheServerErrorPage() {
        assertEquals(0, RefusalExceptionHandler.statusOf(new FacesException(new IllegalStateException("bug"))));
    }
}
