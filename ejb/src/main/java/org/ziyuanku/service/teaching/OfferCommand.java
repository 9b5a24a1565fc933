package org.ziyuanku.service.teaching;

import java.io.Serializable;
import org.ziyuanku.domain.teaching.OfferingTerm;

/**
 * Offering a published standard course for a term; with {@code fromOfferingId} a re-offering (再次开课) that copies
 * that earlier offering's outline with its local changes.
 */
public record OfferCommand(Long courseId, OfferingTerm term, Long fromOfferingId) implements Serializable {
}
