package org.ziyuanku.web.faces;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.omnifaces.util.Faces;

/**
 * The fields of the one form a postback submitted, read from the request by the end of their client id (a form inside
 * a ui:repeat has one id per row, and only the submitted row's fields are in the request). Used where several rows'
 * forms bind the same bean: the request, not the component tree's per-row state, says what was typed.
 */
public final class SubmittedFields {

    private static final Pattern ROW = Pattern.compile(":(\\d+):[^:]+$");

    private SubmittedFields() {
    }

    /** The value of the field whose client id ends with {@code suffix} (e.g. {@code :gradeForm:score}), or null. */
    public static String value(String suffix) {
        return Faces.getRequestParameterMap().entrySet().stream().filter(e -> e.getKey().endsWith(suffix))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    /** The values of the fields ending with {@code suffix}, in the order of their (innermost) row index. */
    public static List<String> values(String suffix) {
        return Faces.getRequestParameterMap().entrySet().stream().filter(e -> e.getKey().endsWith(suffix))
                .sorted(Comparator.comparingInt(e -> row(e.getKey()))).map(Map.Entry::getValue).toList();
    }

    /** The uploaded file of the field ending with {@code suffix}, when one was chosen. */
    public static Optional<Part> file(String suffix) {
        HttpServletRequest request = Faces.getRequest();
        String type = request.getContentType();
        if (type == null || !type.startsWith("multipart/")) {
            return Optional.empty();
        }
        try {
            return request.getParts().stream().filter(p -> p.getName().endsWith(suffix) || p.getName()
                    .endsWith(suffix + "_input")).filter(p -> p.getSubmittedFileName() != null
                    && !p.getSubmittedFileName().isBlank() && p.getSize() > 0).findFirst();
        } catch (IOException | ServletException e) {
            return Optional.empty();
        }
    }

    private static int row(String clientId) {
        Matcher m = ROW.matcher(clientId);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }
}
