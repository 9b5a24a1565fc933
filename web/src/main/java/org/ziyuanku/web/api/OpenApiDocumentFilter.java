package org.ziyuanku.web.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Completes the OpenAPI document that WildFly's MicroProfile OpenAPI subsystem (SmallRye) builds from the JAX-RS
 * endpoints at {@code /openapi}: the title, and the error answers every endpoint may give, each an {@link ApiErrorDto}
 * (schema {@code ApiError}) as {@link ApiExceptionMappers} and {@link UnauthorizedServlet} write it. Registered once in
 * {@code META-INF/microprofile-config.properties} ({@code mp.openapi.filter}), so the endpoints stay free of
 * documentation annotations; an answer an endpoint documents itself is kept. Path parameters SmallRye missed are added
 * ({@link OpenApiPathParameters}).
 */
public class OpenApiDocumentFilter implements OASFilter {

    static final String ERROR_SCHEMA = "ApiError";

    private static final Set<PathItem.HttpMethod> CHANGES = Set.of(PathItem.HttpMethod.POST, PathItem.HttpMethod.PUT,
            PathItem.HttpMethod.PATCH, PathItem.HttpMethod.DELETE);

    /** Status → (component name, description) of the answers every operation may give. */
    private static final Map<String, String[]> ERRORS = errors();

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getInfo() == null) {
            openAPI.setInfo(OASFactory.createInfo());
        }
        openAPI.getInfo().title("ZiYuanKu 资源库 REST API").version("v1").description(
                "Teaching resource libraries: catalogue, resources, review, identity, audit and operations. Calls "
                        + "that need an account take a bearer token from the Keycloak realm `ziyuanku` (or the "
                        + "platform's session with its `X-CSRF-Token` for changes). Errors are JSON `ApiError` "
                        + "bodies in the language of `Accept-Language` (zh-CN unless English is asked for).");
        Components components = openAPI.getComponents() == null ? OASFactory.createComponents()
                : openAPI.getComponents();
        openAPI.setComponents(components);
        components.addSchema(ERROR_SCHEMA, errorSchema());
        ERRORS.forEach((status, answer) -> components.addResponse(answer[0], errorResponse(answer[1])));
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().values().forEach(OpenApiDocumentFilter::addErrorAnswers);
            openAPI.getPaths().getPathItems().forEach(OpenApiPathParameters::complete);
        }
    }

    private static void addErrorAnswers(PathItem item) {
        if (item.getOperations() == null) {
            return;
        }
        item.getOperations().forEach((method, operation) -> addErrorAnswers(method, operation));
    }

    private static void addErrorAnswers(PathItem.HttpMethod method, Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        ERRORS.forEach((status, answer) -> {
            boolean applies = !"409".equals(status) || CHANGES.contains(method);
            if (applies && !responses.hasAPIResponse(status)) {
                responses.addAPIResponse(status,
                        OASFactory.createAPIResponse().ref("#/components/responses/" + answer[0]));
            }
        });
    }

    private static Map<String, String[]> errors() {
        Map<String, String[]> errors = new LinkedHashMap<>();
        errors.put("400", new String[] {"BadRequest", "A parameter or the body cannot be accepted (`bad_parameter`, "
                + "`malformed_json`, `json_too_deep`, `invalid`); `parameter` names the parameter."});
        errors.put("401", new String[] {"Unauthorized", "No valid bearer token or signed-in session where the call "
                + "needs an account (`unauthorized`); sent with `WWW-Authenticate: Bearer`."});
        errors.put("403", new String[] {"Forbidden", "The caller's roles or scope do not reach this, or a change "
                + "made with the session came from another origin or without `X-CSRF-Token` (`forbidden`, "
                + "`cross_site_request`)."});
        errors.put("404", new String[] {"NotFound", "Nothing with this id, or nothing the caller may see "
                + "(`not_found`)."});
        errors.put("409", new String[] {"Conflict", "The change conflicts with the present state, e.g. a stale "
                + "version, a duplicate or a run already under way (`conflict`)."});
        return Collections.unmodifiableMap(errors);
    }

    private static APIResponse errorResponse(String description) {
        return OASFactory.createAPIResponse().description(description).content(OASFactory.createContent()
                .addMediaType("application/json", OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("#/components/schemas/" + ERROR_SCHEMA))));
    }

    private static Schema errorSchema() {
        return OASFactory.createSchema().addType(SchemaType.OBJECT)
                .description("Every API error: the HTTP status, a stable error code, a message in the caller's "
                        + "language and, for a bad parameter, its name.")
                .addProperty("status", OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32"))
                .addProperty("error", OASFactory.createSchema().addType(SchemaType.STRING)
                        .description("stable code, e.g. bad_parameter, unauthorized, forbidden, not_found, conflict"))
                .addProperty("message", OASFactory.createSchema().addType(SchemaType.STRING)
                        .description("in the language of Accept-Language"))
                .addProperty("parameter", OASFactory.createSchema().addType(SchemaType.STRING)
                        .addType(SchemaType.NULL).description("the refused parameter, if any"))
                .required(List.of("status", "error", "message"));
    }
}
