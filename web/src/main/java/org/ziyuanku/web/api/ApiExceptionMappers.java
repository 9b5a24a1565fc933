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
import org.ziyuanku.service.system.AccessDeniedException;
import org.ziyuanku.service.resource.ResourceNotFoundException;
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

    /** 400 for a parameter the API cannot accept. */
    @Provider
    public static class BadParameterMapper implements ExceptionMapper<BadParameterException> {

        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(BadParameterException e) {
            var locale = ApiLocale.of(headers);
            String reason = MessageBundle.text(locale, e.getReasonKey(), e.getReasonParams());
            String message = MessageBundle.text(locale, "api.error.badParameter", e.getParameter(), e.getValue(), reason);
            return json(400, "bad_parameter", message, e.getParameter());
        }
    }

    /** 400 for a JSON body that cannot be read or nests too deeply, 413 for one that is too large. */
    @Provider
    public static class UnreadableBodyMapper implements ExceptionMapper<UnreadableBodyException> {

        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(UnreadableBodyException e) {
            return json(e.getStatus(), e.getError(),
                    MessageBundle.text(ApiLocale.of(headers), e.getReasonKey(), e.getReasonArgs()), null);
        }
    }

    /** 404, 405 and the other statuses JAX-RS raises itself, with a JSON body. */
    @Provider
    public static class WebApplicationMapper implements ExceptionMapper<WebApplicationException> {

        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse().getStatus();
            String key = switch (status) {
                case 400 -> "api.error.badRequest";
                case 401 -> "api.error.unauthorized";
                case 404 -> "api.error.notFound";
                case 405 -> "api.error.methodNotAllowed";
                case 503 -> "api.error.unavailable";
                default -> status >= 500 ? "api.error.internal" : "api.error.notFound";
            };
            String error = Response.Status.fromStatusCode(status) == null ? "error"
                    : Response.Status.fromStatusCode(status).name().toLowerCase(Locale.ROOT);
            return json(status, error, MessageBundle.text(ApiLocale.of(headers), key), null);
        }
    }

    /** 403 when the caller's roles do not reach what they asked for; the reason stays in the server log. */
    @Provider
    public static class AccessDeniedMapper implements ExceptionMapper<AccessDeniedException> {

        private static final Logger LOG = Logger.getLogger(AccessDeniedMapper.class.getName());

        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(AccessDeniedException e) {
            LOG.info(() -> "Access denied: " + e.getMessage());
            return json(403, "forbidden", MessageBundle.text(ApiLocale.of(headers), "api.error.forbidden"), null);
        }
    }

    /**
     * A service's refusal of a request that breaks a rule: 400 for bad input, 409 for a conflict with the present state,
     * 413 for content too large, 415 for a type that is refused or does not match its name, 403 for a step a rule
     * forbids this caller, 404 for something that does not exist; the message says why in
     * the caller's language.
     */
    @Provider
    public static class RefusedMapper implements ExceptionMapper<RefusedException> {

        @Context
        private HttpHeaders headers;

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
            return json(status, e.kind().name().toLowerCase(Locale.ROOT),
                    MessageBundle.text(ApiLocale.of(headers), e.getReasonKey(), e.getReasonArgs()), null);
        }
    }

    /** 404 for a resource that does not exist or that the caller may not know of. */
    @Provider
    public static class ResourceNotFoundMapper implements ExceptionMapper<ResourceNotFoundException> {

        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(ResourceNotFoundException e) {
            return json(404, "not_found", MessageBundle.text(ApiLocale.of(headers), "api.error.notFound"), null);
        }
    }

    /** 503 when the identity provider cannot take a change; nothing was changed. */
    @Provider
    public static class IdentityDirectoryMapper implements ExceptionMapper<IdentityDirectoryException> {

        private static final Logger LOG = Logger.getLogger(IdentityDirectoryMapper.class.getName());

        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(IdentityDirectoryException e) {
            LOG.log(Level.WARNING, "Identity provider failure", e);
            return json(503, "identity_provider_unavailable",
                    MessageBundle.text(ApiLocale.of(headers), "api.error.identityProvider"), null);
        }
    }

    /** 500 for anything unexpected; the cause is logged, not shown. */
    @Provider
    public static class UnexpectedMapper implements ExceptionMapper<RuntimeException> {

        private static final Logger LOG = Logger.getLogger(UnexpectedMapper.class.getName());

        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(RuntimeException e) {
            LOG.log(Level.SEVERE, "Unexpected API failure", e);
            return json(500, "internal_error", MessageBundle.text(ApiLocale.of(headers), "api.error.internal"), null);
        }
    }
}
