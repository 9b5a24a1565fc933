package org.ziyuanku.it.support;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The JAX-RS resource methods of the web module, found by reflection over its compiled classes
 * ({@code web/target/classes}, package {@code org.ziyuanku.web.api}): whatever endpoints exist when the test runs.
 */
public final class RestEndpoints {

    private static final String PACKAGE = "org/ziyuanku/web/api";
    private static final Pattern TEMPLATE = Pattern.compile("\\{\\s*([\\w.-]+)\\s*(?::[^}]*)?}");

    /** One resource method: its full path as OpenAPI writes it, lower-case HTTP method, "in:name" parameters. */
    public record ResourceMethod(String owner, String path, String httpMethod, Set<String> parameters) {

        @Override
        public String toString() {
            return owner + " (" + httpMethod.toUpperCase(Locale.ROOT) + " " + path + ")";
        }
    }

    private RestEndpoints() {
    }

    public static List<ResourceMethod> inWebModule() {
        java.nio.file.Path classes = java.nio.file.Path.of(System.getProperty("zyk.build.dir", "target"))
                .resolve("../../web/target/classes").normalize();
        List<Class<?>> types = new ArrayList<>();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                RestEndpoints.class.getClassLoader()); Stream<java.nio.file.Path> files = Files.walk(
                        classes.resolve(PACKAGE))) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                if (mentionsJaxRs(file)) {
                    String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                    types.add(Class.forName(name, false, loader));
                }
            }
            String root = types.stream().filter(t -> t.isAnnotationPresent(ApplicationPath.class)).findFirst()
                    .map(t -> t.getAnnotation(ApplicationPath.class).value())
                    .orElseThrow(() -> new IllegalStateException("no @ApplicationPath class in " + classes));
            List<ResourceMethod> methods = new ArrayList<>();
            types.stream().filter(t -> t.isAnnotationPresent(Path.class))
                    .forEach(t -> methods.addAll(resourceMethods(root, t)));
            return methods;
        } catch (MalformedURLException | ClassNotFoundException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException("the web module's classes are built first (" + classes + ")", e);
        }
    }

    private static boolean mentionsJaxRs(java.nio.file.Path file) throws IOException {
        String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        return bytes.contains("jakarta/ws/rs/Path;") || bytes.contains("jakarta/ws/rs/ApplicationPath;");
    }

    private static List<ResourceMethod> resourceMethods(String root, Class<?> type) {
        List<ResourceMethod> methods = new ArrayList<>();
        for (Method method : type.getMethods()) {
            String httpMethod = httpMethod(method);
            if (httpMethod == null) {
                if (method.isAnnotationPresent(Path.class)) {
                    throw new IllegalStateException("sub-resource locators are not checked yet: " + method);
                }
                continue;
            }
            String template = join(root, type.getAnnotation(Path.class).value(),
                    method.isAnnotationPresent(Path.class) ? method.getAnnotation(Path.class).value() : "");
            Set<String> parameters = new TreeSet<>();
            Matcher names = TEMPLATE.matcher(template);
            while (names.find()) {
                parameters.add("path:" + names.group(1));
            }
            parameters.addAll(fieldParameters(type));
            for (Parameter parameter : method.getParameters()) {
                parameters.addAll(parameter.isAnnotationPresent(BeanParam.class) ? fieldParameters(parameter.getType())
                        : named(parameter));
            }
            methods.add(new ResourceMethod(type.getSimpleName() + "." + method.getName(),
                    TEMPLATE.matcher(template).replaceAll("{$1}"), httpMethod, parameters));
        }
        return methods;
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod designator = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (designator != null) {
                return designator.value().toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }

    private static Set<String> fieldParameters(Class<?> type) {
        Set<String> parameters = new TreeSet<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                parameters.addAll(named(field));
            }
        }
        return parameters;
    }

    private static Set<String> named(AnnotatedElement element) {
        Set<String> parameters = new TreeSet<>();
        if (element.isAnnotationPresent(PathParam.class)) {
            parameters.add("path:" + element.getAnnotation(PathParam.class).value());
        }
        if (element.isAnnotationPresent(QueryParam.class)) {
            parameters.add("query:" + element.getAnnotation(QueryParam.class).value());
        }
        return parameters;
    }

    private static String join(String... parts) {
        StringBuilder path = new StringBuilder();
        for (String part : parts) {
            String trimmed = part.replaceAll("^/+|/+$", "");
            if (!trimmed.isEmpty()) {
                path.append('/').append(trimmed);
            }
        }
        return path.toString();
    }
}
