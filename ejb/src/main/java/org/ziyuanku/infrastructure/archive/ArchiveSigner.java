package org.ziyuanku.infrastructure.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs archive statements with HMAC-SHA256. The key is {@code zyk.archive.key} when set (source "config"); otherwise
 * a random 256-bit key generated at the first run and kept, readable by its owner only, as {@value #KEY_FILE} in the
 * archive directory that every node shares (source "file"). Keep a copy of the key apart from the archive: whoever
 * holds it can sign.
 */
public final class ArchiveSigner {

    public static final String KEY_FILE = "archive-hmac.key";
    private static final String HMAC = "HmacSHA256";
    private static final int KEY_BYTES = 32;

    private final byte[] key;
    private final String source;

    private ArchiveSigner(byte[] key, String source) {
        this.key = key.clone();
        this.source = source;
    }

    /** The signer of these settings, creating the key file at the first run when no key is configured. */
    public static ArchiveSigner of(ArchiveSettings settings) {
        if (settings.key() != null) {
            return new ArchiveSigner(settings.key().getBytes(StandardCharsets.UTF_8), "config");
        }
        try {
            Files.createDirectories(settings.directory());
            Path file = settings.directory().resolve(KEY_FILE);
            if (!Files.exists(file)) {
                createKeyFile(file);
            }
            return new ArchiveSigner(Base64.getDecoder().decode(Files.readString(file).strip()), "file");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void createKeyFile(Path file) throws IOException {
        byte[] fresh = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(fresh);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, Base64.getEncoder().encodeToString(fresh));
        } catch (FileAlreadyExistsException e) {
            return;
        }
    }

    /** Where the key comes from: "config" or "file". */
    public String source() {
        return source;
    }

    /** The signature (hex) of a statement. */
    public String sign(String statement) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key, HMAC));
            return HexFormat.of().formatHex(mac.doFinal(statement.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the signature belongs to the statement, compared in constant time. */
    public boolean verify(String statement, String signature) {
        return MessageDigest.isEqual(sign(statement).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }
}
