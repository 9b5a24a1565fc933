package org.ziyuanku.web.api;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Every {@code {name}} of a documented path is a documented path parameter, as OpenAPI requires. SmallRye misses the
 * ones a subclass's {@code @Path} declares for the methods it inherits (the tag endpoints of course items and
 * questions share {@code graph.ItemTagEndpoint}); {@link OpenApiDocumentFilter} adds them.
 */
final class OpenApiPathParameters {

    private static final Pattern TEMPLATE = Pattern.compile("\\{(\\w+)}");

    private OpenApiPathParameters() {
    }

    /** Adds each template variable of {@code path} that neither the item nor an operation declares, per operation. */
    static void complete(String path, PathItem item) {
        if (item.getOperations() == null) {
            return;
        }
        Matcher variable = TEMPLATE.matcher(path);
        while (variable.find()) {
            String name = variable.group(1);
            if (declares(item.getParameters(), name)) {
                continue;
            }
            item.getOperations().values().stream().filter(operation -> !declares(operation.getParameters(), name))
                    .forEach(operation -> operation.addParameter(OASFactory.createParameter().name(name)
                            .in(Parameter.In.PATH).required(true)
                            .schema(OASFactory.createSchema().addType(SchemaType.STRING))));
        }
    }

    private static boolean declares(List<Parameter> parameters, String name) {
        return parameters != null && parameters.stream()
                .anyMatch(p -> p.getIn() == Parameter.In.PATH && name.equals(p.getName()));
    }
}
