package org.ziyuanku.infrastructure.storage;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@link BlobStore} on a directory that all nodes mount (NFS or a cluster file system in production): files live at
 * {@code ab/cd/abcd…} under the directory named by the system property {@code zyk.blob.dir} (default: the server's data
 * directory, {@code blobs}); staging files sit in {@code staging/} on the same file system, so keeping is an atomic move.
 */
@ApplicationScoped
public class FileSystemBlobStore implements BlobStore {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final int BUFFER = 64 * 1024;

    private Path root;
    private Path staging;

    @PostConstruct
    void open() {
        String configured = System.getProperty("zyk.blob.dir");
        root = configured != null ? Paths.get(configured)
                : Paths.get(System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")), "blobs");
        staging = root.resolve("staging");
        try {
            Files.createDirectories(staging);
        } catch (IOException e) {
            throw new IllegalStateException("cannot create the blob store in " + root, e);
        }
    }

    @Override
    public StagedBlob stage(InputStream content, long maxBytes) throws IOException {
        Path file = Files.createTempFile(staging, "upload-", ".part");
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), sha256())) {
            long size = copy(content, out, maxBytes);
            String sha = HexFormat.of().formatHex(((DigestOutputStream) out).getMessageDigest().digest());
            return new StagedBlob(file, sha, size);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    private static long copy(InputStream in, OutputStream out, long maxBytes) throws IOException {
        byte[] buffer = new byte[BUFFER];
        long total = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            total += n;
            if (total > maxBytes) {
                throw new BlobTooLargeException(maxBytes);
            }
            out.write(buffer, 0, n);
        }
        return total;
    }

    @Override
    public void keep(StagedBlob staged) throws IOException {
        Path target = pathOf(staged.sha256());
        if (Files.exists(target)) {
            Files.setLastModifiedTime(target, FileTime.from(Instant.now()));
            return;
        }
        Files.createDirectories(target.getParent());
        try {
            Files.move(staged.file(), target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            Files.setLastModifiedTime(target, FileTime.from(Instant.now()));
        } catch (AtomicMoveNotSupportedException e) {
            Files.copy(staged.file(), target);
        }
    }

    @Override
    public boolean contains(String sha256) {
        return Files.isRegularFile(pathOf(sha256));
    }

    @Override
    public Path locate(String sha256) throws IOException {
        Path file = pathOf(sha256);
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString());
        }
        return file;
    }

    @Override
    public List<String> sweep(Predicate<String> stillUsed, Duration grace) throws IOException {
        Instant cutoff = Instant.now().minus(grace);
        List<String> removed = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root, 3)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                String name = file.getFileName().toString();
                if (SHA256.matcher(name).matches() && Files.getLastModifiedTime(file).toInstant().isBefore(cutoff)
                        && !stillUsed.test(name)) {
                    Files.deleteIfExists(file);
                    removed.add(name);
                }
            }
        }
        return removed;
    }

    private Path pathOf(String sha256) {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }
}
