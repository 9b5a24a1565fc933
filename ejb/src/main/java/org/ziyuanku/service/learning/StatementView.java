package org.ziyuanku.service.learning;

/**
 * One statement of the caller's activity stream as stored: id, verb (stored name; its IRI from {@code XapiVerb}),
 * object, context, registration, result JSON (may be null) and the two timestamps (ISO 8601, UTC).
 */
public record StatementView(String statementId, String verb, String verbIri, String objectType, long objectId,
        Long offeringId, Long classId, String registration, String resultJson, String timestamp, String stored) {
}
