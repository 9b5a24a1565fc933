package org.ziyuanku.service.audit;

import java.util.function.Predicate;

/**
 * A request the web tier refused (403, or 401 although a token was presented): who asked ({@code actor}, null when
 * nobody could be identified), the realm roles they hold ({@code holdsRole}), from where, for what ("GET /api/…"), and
 * the status answered.
 */
public record RefusedRequest(String actor, Predicate<String> holdsRole, String sourceIp, String target, int status) {
}
