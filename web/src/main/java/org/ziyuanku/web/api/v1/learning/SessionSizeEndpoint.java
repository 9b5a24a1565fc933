package org.ziyuanku.web.api.v1.learning;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code /api/v1/learning/session-size}: how large the caller's own session is when serialised (Java serialisation of
 * each attribute, an upper bound of what session replication ships), to check the goal of at most 8 KB per learner
 * (issue 13) in tests and load runs. Answers about the caller's session only, names and sizes, never values.
 */
@Path("v1/learning/session-size")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class SessionSizeEndpoint {

    @Context
    private HttpServletRequest request;

    @GET
    public SessionSizeDto mine() {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return new SessionSizeDto(0, 0, Map.of());
        }
        Map<String, Integer> sizes = new TreeMap<>();
        long total = 0;
        for (String name : Collections.list(session.getAttributeNames())) {
            int size = serialised(session.getAttribute(name));
            sizes.put(name, size);
            total += Math.max(size, 0) + name.length();
        }
        return new SessionSizeDto(total, sizes.size(), sizes);
    }

    private static int serialised(Object value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        } catch (IOException e) {
            return -1;
        }
        return bytes.size();
    }
}
