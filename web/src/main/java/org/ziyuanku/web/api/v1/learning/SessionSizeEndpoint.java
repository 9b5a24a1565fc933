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
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code /api/v1/learning/session-size}: how large the caller's own session is when serialised, to check the goal of
 * at most 8 KB per learner (issue 13) in tests and load runs. {@code bytes} is the whole attribute map written as ONE
 * object graph (Java serialisation): that is what the platform's distributed sessions ship, because
 * {@code distributable-web} keeps a session with {@code granularity="SESSION"} as a single cache entry marshalled in one
 * stream, so an object that two attributes share (the OIDC client's security context, held by its account and on its
 * own) is written once. {@code separately} adds up each attribute serialised alone (what {@code ATTRIBUTE} granularity
 * would ship), {@code sizes} lists those. Answers about the caller's session only, names and sizes, never values.
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
            return new SessionSizeDto(0, 0, 0, Map.of());
        }
        Map<String, Integer> sizes = new TreeMap<>();
        Map<String, Object> attributes = new HashMap<>();
        long separately = 0;
        for (String name : Collections.list(session.getAttributeNames())) {
            Object value = session.getAttribute(name);
            int size = serialised(value);
            sizes.put(name, size);
            attributes.put(name, value);
            separately += Math.max(size, 0) + name.length();
        }
        return new SessionSizeDto(serialised(attributes), separately, sizes.size(), sizes);
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
