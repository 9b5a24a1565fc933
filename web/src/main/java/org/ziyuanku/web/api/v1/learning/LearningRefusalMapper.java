package org.ziyuanku.web.api.v1.learning;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import org.ziyuanku.service.learning.LearningRefusedException;
import org.ziyuanku.web.api.ApiErrorDto;
import org.ziyuanku.web.api.ApiLocale;
import org.ziyuanku.web.faces.MessageBundle;

/**
 * Learning's refusals as the API answers them: like every refusal (404, 409, 400, message in the caller's language),
 * except an expired attempt, which is 410 Gone: the player must start a new attempt.
 */
@Provider
public class LearningRefusalMapper implements ExceptionMapper<LearningRefusedException> {

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(LearningRefusedException e) {
        int status = e.isGone() ? 410 : switch (e.kind()) {
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case FORBIDDEN -> 403;
            default -> 400;
        };
        String error = e.isGone() ? "gone" : e.kind().name().toLowerCase(Locale.ROOT);
        return error(status, error, MessageBundle.text(ApiLocale.of(headers), e.getReasonKey(), e.getReasonArgs()));
    }

    static Response error(int status, String error, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new ApiErrorDto(status, error, message, null)).build();
    }
}
