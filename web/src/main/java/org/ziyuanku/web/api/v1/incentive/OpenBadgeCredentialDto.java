package org.ziyuanku.web.api.v1.incentive;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.ziyuanku.service.incentive.BadgeCredentialView;
import org.ziyuanku.web.faces.MessageBundle;

/**
 * A badge award as an Open Badges 3.0 {@code OpenBadgeCredential} (a W3C Verifiable Credential 2.0 in JSON-LD): the
 * platform as issuer {@code Profile}, the earner as {@code AchievementSubject} (a name-based {@code urn:uuid}, not
 * the account id) and the badge as {@code Achievement} with its criteria. Its {@code id} is the link that answers it.
 * Not signed: no {@code proof} yet (see docs/security.md).
 */
@JsonbPropertyOrder({"context", "id", "type", "issuer", "validFrom", "name", "credentialSubject"})
public record OpenBadgeCredentialDto(@JsonbProperty("@context") List<String> context, String id, List<String> type,
        Profile issuer, String validFrom, String name, Subject credentialSubject) {

    static final List<String> CONTEXT = List.of("https://www.w3.org/ns/credentials/v2",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");

    /** The issuer. */
    public record Profile(String id, List<String> type, String name, String url) {
    }

    /** The earner and what they achieved. */
    public record Subject(String id, List<String> type, Achievement achievement) {
    }

    /** The badge. */
    public record Achievement(String id, List<String> type, String name, String description, Criteria criteria) {
    }

    /** How the badge is earned. */
    public record Criteria(String narrative) {
    }

    /** The credential of an award, with ids under the API's base address. */
    public static OpenBadgeCredentialDto of(BadgeCredentialView v, URI apiBase, Locale locale) {
        String base = apiBase.toString().replaceAll("/+$", "");
        String portal = base.replaceAll("/api$", "");
        String name = MessageBundle.text(locale, "badge." + v.badge());
        Achievement achievement = new Achievement(base + "/v1/badges/achievements/" + v.badge(),
                List.of("Achievement"), name, MessageBundle.text(locale, "badge." + v.badge() + ".description"),
                new Criteria(MessageBundle.text(locale, "badge." + v.badge() + ".criteria", v.threshold())));
        UUID earner = UUID.nameUUIDFromBytes((portal + "/accounts/" + v.accountId()).getBytes(
                java.nio.charset.StandardCharsets.UTF_8));
        return new OpenBadgeCredentialDto(CONTEXT, base + "/v1/badges/" + v.credentialId(),
                List.of("VerifiableCredential", "OpenBadgeCredential"),
                new Profile(portal + "/", List.of("Profile"), MessageBundle.text(locale, "badge.issuer"), portal + "/"),
                v.awardedAt().atZone(ZoneId.systemDefault()).toInstant().toString(), name,
                new Subject("urn:uuid:" + earner, List.of("AchievementSubject"), achievement));
    }
}
