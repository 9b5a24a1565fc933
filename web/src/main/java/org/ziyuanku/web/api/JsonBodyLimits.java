package org.ziyuanku.web.api;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * Bounds every JSON request body before JSON-B reads it: at most {@link #MAX_BYTES} (413 beyond, checked on the
 * declared length and again while reading) and at most {@link #MAX_DEPTH} nested arrays and objects (400); a body
 * JSON-B cannot bind (broken, wrongly typed, an array where an object belongs) is a 400 as well, never a 500. Uploads
 * (multipart, binary, plain text) are not JSON and keep their own limits.
 */
@Provider
public class JsonBodyLimits implements ReaderInterceptor {

    /** The largest JSON body accepted: 1 MiB. */
    public static final int MAX_BYTES = 1 << 20;
    /** The deepest nesting of arrays and objects accepted. */
    public static final int MAX_DEPTH = 32;

    private static final Logger LOG = Logger.getLogger(JsonBodyLimits.class.getName());

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!isJson(context.getMediaType())) {
            return context.proceed();
        }
        byte[] body = bounded(context);
        if (deeperThan(body, MAX_DEPTH)) {
            throw new UnreadableBodyException(400, "json_too_deep", "api.error.jsonTooDeep",
                    Integer.toString(MAX_DEPTH));
        }
        if (arrayWhereAnObjectBelongs(body, context.getType())) {
            throw malformed();
        }
        context.setInputStream(new ByteArrayInputStream(body));
        try {
            return context.proceed();
        } catch (ProcessingException | JsonbException | JsonException | IOException e) {
            LOG.fine(() -> "Unreadable JSON body: " + e);
            throw malformed();
        }
    }

    private static UnreadableBodyException malformed() {
        return new UnreadableBodyException(400, "malformed_json", "api.error.malformedJson");
    }

    /**
     * Whether the body is a JSON array but the endpoint takes an object: JSON-B would quietly bind a one-element array
     * to that element.
     */
    static boolean arrayWhereAnObjectBelongs(byte[] json, Class<?> type) {
        int i = 0;
        while (i < json.length && (json[i] == ' ' || json[i] == '\t' || json[i] == '\r' || json[i] == '\n')) {
            i++;
        }
        boolean array = i < json.length && json[i] == '[';
        return array && !type.isArray() && !Collection.class.isAssignableFrom(type)
                && !type.isAssignableFrom(ArrayList.class);
    }

    static boolean isJson(MediaType type) {
        if (type == null || !"application".equalsIgnoreCase(type.getType())) {
            return false;
        }
        String subtype = type.getSubtype().toLowerCase(Locale.ROOT);
        return subtype.equals("json") || subtype.endsWith("+json");
    }

    private static byte[] bounded(ReaderInterceptorContext context) throws IOException {
        String declared = context.getHeaders().getFirst(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && declared.strip().matches("\\d{1,18}") && Long.parseLong(declared.strip()) > MAX_BYTES) {
            throw tooLarge();
        }
        InputStream in = context.getInputStream();
        byte[] body = in.readNBytes(MAX_BYTES + 1);
        if (body.length > MAX_BYTES) {
            throw tooLarge();
        }
        return body;
    }

    private static UnreadableBodyException tooLarge() {
        return new UnreadableBodyException(413, "body_too_large", "api.error.bodyTooLarge",
                Integer.toString(MAX_BYTES / 1024));
    }

    /** Whether arrays and objects nest deeper than {@code max} in the JSON text (brackets inside strings ignored). */
    static boolean deeperThan(byte[] json, int max) {
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < json.length; i++) {
            byte b = json[i];
            if (inString) {
                if (b == '\\') {
                    i++;
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == '[' || b == '{') {
                if (++depth > max) {
                    return true;
                }
            } else if (b == ']' || b == '}') {
                depth--;
            }
        }
        return false;
    }
}
