package org.ziyuanku.web.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ziyuanku.infrastructure.identity.IdentityDirectoryException;
import org.ziyuanku.service.resource.ResourceNotFoundException;
import org.ziyuanku.service.system.AccessDeniedException;
import org.ziyuanku.service.system.RefusedException;
import org.ziyuanku.web.faces.MessageBundle;

/** Every API failure becomes a JSON {@link ApiErrorDto} in the caller's language; no stack trace ever leaves. */
public final class ApiExceptionMappers {

    private ApiExceptionMappers() {
    }

    static Response json(int status, String error, String message, String parameter) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new ApiErrorDto(status, error, message, parameter)).build();
    }

    /** A mapper that answers in the language the caller asked for (Accept-Language, else Chinese). */
    abstract static class LocalisedMapper<E extends Throwable> implements ExceptionMapper<E> {

        @Context
        private HttpHeaders headers;

        /** The error answer with the bundle's text for the key. */
        Response answer(int status, String error, String key, Object... args) {
            return json(status, error, text(key, args), null);
        }

        String text(String key, Object... args) {
            return MessageBundle.text(ApiLocale.of(headers), key, args);
        }
    }

    /** 400 for a parameter the API cannot accept. */
    @Provider
    public static class BadParameterMapper extends LocalisedMapper<BadParameterException> {

        @Override
        public Response toResponse(BadParameterException e) {
            String reason = text(e.getReasonKey(), e.getReasonParams());
            return json(400, "bad_parameter", text("api.error.badParameter", e.getParameter(), e.getValue(), reason),
                    e.getParameter());
        }
    }

    /** 400 for a JSON body that cannot be read or nests too deeply, 413 for one that is too large. */
    @Provider
    public static class UnreadableBodyMapper extends LocalisedMapper<UnreadableBodyException> {

        @Override
        public Response toResponse(UnreadableBodyException e) {
            return answer(e.getStatus(), e.getError(), e.getReasonKey(), e.getReasonArgs());
        }
    }

    /** 404, 405, 406, 415 and the other statuses JAX-RS raises itself, with a JSON body. */
    @Provider
    public static class WebApplicationMapper extends LocalisedMapper<WebApplicationException> {

        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse().getStatus();
            String key = switch (status) {
                case 400 -> "api.error.badRequest";
                case 401 -> "api.error.unauthorized";
                case 403 -> "api.error.forbidden";
                case 405 -> "api.error.methodNotAllowed";
                case 406 -> "api.error.notAcceptable";
                case 415 -> "api.error.unsupportedMediaType";
                case 503 -> "api.error.unavailable";
                default -> status >= 500 ? "api.error.internal" : status == 404 ? "api.error.notFound"
                        : "api.error.badRequest";
            };
            Response.Status known = Response.Status.fromStatusCode(status);
            return answer(status, known == null ? "error" : known.name().toLowerCase(Locale.ROOT), key);
        }
    }

    /** 403 when the caller's roles do not reach what they asked for; the reason stays in the server log. */
    @Provider
    public static class AccessDeniedMapper extends LocalisedMapper<AccessDeniedException> {

        private static final Logger LOG = Logger.getLogger(AccessDeniedMapper.class.getName());

        @Override
        public Response toResponse(AccessDeniedException e) {
            LOG.info(() -> "Access denied: " + e.getMessage());
            return answer(403, "forbidden", "api.error.forbidden");
        }
    }

    /**
     * A service's refusal of a request that breaks a rule: 400 for bad input, 409 for a conflict with the present state,
     * 413 for content too large, 415 for a type that is refused or does not match its name, 403 for a step a rule
     * forbids this caller, 404 for something that does not exist; the message says why in the caller's language.
     */
    @Provider
    public static class RefusedMapper extends LocalisedMapper<RefusedException> {

        @Override
        public Response toResponse(RefusedException e) {
            int status = switch (e.kind()) {
                case INVALID -> 400;
                case CONFLICT -> 409;
                case TOO_LARGE -> 413;
                case UNSUPPORTED_TYPE -> 415;
                case FORBIDDEN -> 403;
                case NOT_FOUND -> 404;
            };
            return answer(status, e.kind().name().toLowerCase(Locale.ROOT), e.getReasonKey(), e.getReasonArgs());
        }
    }

    /** 404 for a resource that does not exist or that the caller may not know of. */
    @Provider
    public static class ResourceNotFoundMapper extends LocalisedMapper<ResourceNotFoundException> {

        @Override
        public Response toResponse(ResourceNotFoundException e) {
            return answer(404, "not_found", "api.error.notFound");
        }
    }

    /** 503 when the identity provider cannot take a change; nothing was changed. */
    @Provider
    public static class IdentityDirectoryMapper extends LocalisedMapper<IdentityDirectoryException> {

        private static final Logger LOG = Logger.getLogger(IdentityDirectoryMapper.class.getName());

        @Override
        public Response toResponse(IdentityDirectoryException e) {
            LOG.log(Level.WARNING, "Identity provider failure", e);
            return answer(503, "identity_provider_unavailable", "api.error.identityProvider");
        }
    }

    /** 500 for anything unexpected; the cause is logged, not shown. */
    @Provider
    public static class UnexpectedMapper extends LocalisedMapper<RuntimeException> {

        private static final Logger LOG = Logger.getLogger(UnexpectedMapper.class.getName());

        @Override
        public Response toResponse(RuntimeException e) {
            LOG.log(Level.SEVERE, "Unexpected API failure", e);
            return answer(500, "internal_error", "api.error.internal");
        }
    }
}
