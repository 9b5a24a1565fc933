package org.ziyuanku.infrastructure.media;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Makes browser previews with the server's own tools: Office documents to PDF with LibreOffice
 * ({@code soffice --headless --convert-to pdf}), other video to H.264/AAC MP4 with ffmpeg. Tools are found at
 * {@code -Dzyk.soffice} and {@code -Dzyk.ffmpeg} (default /usr/bin/soffice and /usr/bin/ffmpeg); each run has its own
 * working folder and LibreOffice profile, a time limit, and is killed when it overruns.
 */
@ApplicationScoped
public class PreviewConverter {

    /** A finished preview: the file and its media type. */
    public record Preview(Path file, String mediaType) {
    }

    private static final Set<String> OFFICE = Set.of("doc", "docx", "ppt", "pptx", "xls", "xlsx");
    private static final long OFFICE_MINUTES = 5;
    private static final long VIDEO_MINUTES = 60;

    /** Whether the tool for this format is installed. */
    public boolean canConvert(String format) {
        return Files.isExecutable(tool(format));
    }

    /**
     * Converts {@code source} (content of the given format) inside {@code workDir}, which the caller removes.
     *
     * @throws IOException when the tool fails, overruns or writes nothing
     */
    public Preview convert(Path source, String format, Path workDir) throws IOException {
        Path input = Files.copy(source, workDir.resolve("input." + format));
        if (OFFICE.contains(format)) {
            run(List.of(tool(format).toString(), "--headless", "--norestore", "--nolockcheck",
                    "-env:UserInstallation=" + workDir.resolve("profile").toUri(), "--convert-to", "pdf", "--outdir",
                    workDir.resolve("out").toString(), input.toString()), workDir, OFFICE_MINUTES);
            return new Preview(produced(workDir.resolve("out").resolve("input.pdf")), "application/pdf");
        }
        Path output = workDir.resolve("preview.mp4");
        run(List.of(tool(format).toString(), "-nostdin", "-v", "error", "-y", "-i", input.toString(), "-c:v", "libx264",
                "-preset", "veryfast", "-pix_fmt", "yuv420p", "-vf", "scale=trunc(iw/2)*2:trunc(ih/2)*2", "-c:a", "aac",
                "-movflags", "+faststart", output.toString()), workDir, VIDEO_MINUTES);
        return new Preview(produced(output), "video/mp4");
    }

    private static void run(List<String> command, Path workDir, long minutes) throws IOException {
        Process process = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(workDir.resolve("tool.log").toFile()).start();
        try {
            if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IOException(command.get(0) + " ran longer than " + minutes + " minutes");
            }
            if (process.exitValue() != 0) {
                throw new IOException(command.get(0) + " exited with " + process.exitValue() + ": "
                        + Files.readString(workDir.resolve("tool.log")).strip());
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static Path produced(Path file) throws IOException {
        if (!Files.isRegularFile(file) || Files.size(file) == 0) {
            throw new IOException("no output " + file.getFileName());
        }
        return file;
    }

    private static Path tool(String format) {
        return OFFICE.contains(format) ? Paths.get(System.getProperty("zyk.soffice", "/usr/bin/soffice"))
                : Paths.get(System.getProperty("zyk.ffmpeg", "/usr/bin/ffmpeg"));
    }
}
