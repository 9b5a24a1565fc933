package org.ziyuanku.service.learning;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A certificate of a completed course (结业证书) as its owner sees it; the public verification shows the same without
 * the ids ({@code id} and {@code offeringId} are 0 there).
 */
public record CertificateView(long id, long offeringId, String code, String learnerName, String courseTitle,
        String libraryName, LocalDate issuedOn) implements Serializable {
}
