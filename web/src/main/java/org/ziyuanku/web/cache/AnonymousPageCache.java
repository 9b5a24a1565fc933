package org.ziyuanku.web.cache;

import jakarta.annotation.Resource;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ziyuanku.domain.system.PublicContent;
import org.ziyuanku.web.faces.LocaleBean;
import org.ziyuanku.web.faces.LocaleSwitchFilter;
import org.ziyuanku.web.faces.NextRequestMessages;

/**
 * The anonymous portal pages and public searches, answered from this node's cache while nothing they show has changed
 * anywhere in the cluster. A GET by a visitor who is not signed in (no principal, no Authorization header, no
 * {@code ?lang=} switch, no message waiting in the session for the next page) is looked up by path, query and language; the cached answer is used only if it was rendered
 * under the current public-content generation (a replicated Infinispan value that changes after every commit that
 * changes libraries, organisations, resources or courses: {@link PublicContent}). Otherwise the page renders as
 * always, and a 200 answer is kept.
 *
 * <p>Every answer carries a weak ETag (generation and checksum) and Last-Modified; If-None-Match answers 304. Visitors
 * without a session get {@code Cache-Control: public, max-age=10}, anonymous visitors with a session (a language
 * chosen) {@code private, no-cache}; signed-in users never pass here. Each answer from the cache gets a fresh
 * Content-Security-Policy nonce, in the policy header and wherever the rendered page had its own; a 304 sends no
 * policy, so a browser's kept copy stays with the policy it came with. A session created while rendering for a
 * visitor who had none is ended again: the page does not depend on it, and an anonymous page makes no session.
 */
@WebFilter(urlPatterns = {"/index.xhtml", "/portal/library/detail.xhtml", "/portal/library/catalogue.xhtml",
    "/portal/resource/search.xhtml", "/api/v1/libraries", "/api/v1/resources"})
public class AnonymousPageCache extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final int MAX_AGE_SECONDS = 10;
    private static final int MAX_KEY = 600;
    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=_-]+)'");
    private static final SecureRandom RANDOM = new SecureRandom();
    /** {@code -Dzyk.page-cache=false} turns the cache off (every page renders; for comparisons and diagnosis). */
    private static final boolean ENABLED = !"false".equals(System.getProperty("zyk.page-cache"));

    @Resource(lookup = PublicContent.GENERATION_CACHE)
    private transient ConcurrentMap<String, Long> generations;

    @Resource(lookup = PublicContent.PAGE_CACHE)
    private transient ConcurrentMap<String, CachedPage> pages;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String key = ENABLED ? key(request) : null;
        if (key == null) {
            chain.doFilter(request, response);
            return;
        }
        long generation = generations.getOrDefault(PublicContent.GENERATION_KEY, 0L);
        CachedPage page = pages.get(key);
        if (page != null && page.generation() == generation) {
            send(page, request, response);
            return;
        }
        boolean hadSession = request.getRequestedSessionId() != null;
        CapturedResponse captured = new CapturedResponse(response);
        chain.doFilter(request, captured);
        if (!hadSession) {
            HttpSession made = request.getSession(false);
            if (made != null && made.isNew()) {
                made.invalidate();
            }
        }
        byte[] body = captured.body();
        if (!captured.cacheable()) {
            if (!response.isCommitted()) {
                response.getOutputStream().write(body);
            }
            return;
        }
        String policy = response.getHeader("Content-Security-Policy");
        Matcher nonce = policy == null ? null : NONCE.matcher(policy);
        String value = nonce != null && nonce.find() ? nonce.group(1) : null;
        CachedPage rendered = CachedPage.of(body, value, response.getContentType(), policy, generation,
                System.currentTimeMillis() / 1000 * 1000);
        pages.put(key, rendered);
        validators(rendered, request, response);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** The cache key, or null when this request is not answered from the cache. */
    static String key(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || request.getUserPrincipal() != null
                || request.getHeader("Authorization") != null
                || request.getParameter(LocaleSwitchFilter.PARAMETER) != null) {
            return null;
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(NextRequestMessages.SESSION_KEY) != null) {
            return null;
        }
        String query = request.getQueryString();
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        String language = path.startsWith("/api/") ? String.valueOf(request.getHeader("Accept-Language"))
                : LocaleBean.chosen(session).toLanguageTag();
        String key = path + "?" + (query == null ? "" : query) + "|" + language;
        return key.length() > MAX_KEY ? null : key;
    }

    private static void send(CachedPage page, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        validators(page, request, response);
        String match = request.getHeader("If-None-Match");
        if (match != null && (match.contains(page.etag()) || match.contains(page.etag().substring(2)))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        byte[] random = new byte[18];
        RANDOM.nextBytes(random);
        String nonce = Base64.getEncoder().encodeToString(random);
        String policy = page.policy(nonce);
        if (policy != null) {
            response.setHeader("Content-Security-Policy", policy);
        }
        response.setContentType(page.contentType());
        byte[] body = page.body(nonce);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static void validators(CachedPage page, HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("ETag", page.etag());
        response.setDateHeader("Last-Modified", page.renderedAt());
        boolean shared = request.getSession(false) == null && request.getRequestedSessionId() == null;
        response.setHeader("Cache-Control", shared ? "public, max-age=" + MAX_AGE_SECONDS : "private, no-cache");
        response.setHeader("Vary", "Cookie, Accept-Language");
    }
}
