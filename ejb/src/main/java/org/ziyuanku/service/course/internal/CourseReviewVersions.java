package org.ziyuanku.service.course.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.ziyuanku.domain.course.CourseNodeFingerprint;
import org.ziyuanku.domain.course.StandardCourse;
import org.ziyuanku.domain.library.ResourceLibrary;
import org.ziyuanku.domain.review.ReviewedItem;
import org.ziyuanku.service.course.CourseNodeView;
import org.ziyuanku.service.library.Libraries;
import org.ziyuanku.service.review.ReviewableVersion;
import org.ziyuanku.service.review.ScreenedText;
import org.ziyuanku.service.review.SubjectContent;

/**
 * A course version as the review engine keeps it: its facts (the content hash is over the ordered
 * {@code node_key:content_hash} lines of its outline, the metadata hash over its attributes), the texts to screen
 * (attributes, every node title, the pages as text), and for the reviewers a self-contained HTML outline.
 */
@ApplicationScoped
public class CourseReviewVersions {

    @Inject
    private Libraries libraries;

    public ReviewableVersion of(StandardCourse version, List<CourseNodeView> outline) {
        StandardCourse item = version.getRevisionOf() == null ? version : version.getRevisionOf();
        ResourceLibrary library = libraries.find(version.getLibraryId());
        Long host = library == null || library.getHostUnits().isEmpty() ? null : library.getHostUnits().get(0).getId();
        ReviewedItem facts = new ReviewedItem(CourseReviewSubjects.TYPE, item.getId(),
                version == item ? null : version.getId(), version.getCourseVersion(), version.getLibraryId(),
                version.getOwnerUnitId(), host, item.getLeadId(), version.getName(), "COURSE", version.getName(),
                outlineSha256(outline), metadataSha256(version));
        List<ScreenedText> texts = new ArrayList<>();
        texts.add(new ScreenedText("name", version.getName()));
        texts.add(new ScreenedText("description", version.getIntroduction()));
        texts.add(new ScreenedText("knowledgePoints", version.getObjectives()));
        texts.add(new ScreenedText("text", version.getStandardText()));
        texts.add(new ScreenedText("module", outline.stream().map(n -> "  ".repeat(n.depth() - 1) + n.title()
                + (n.resource() != null && n.resource().title() != null ? "（" + n.resource().title() + "）" : ""))
                .collect(Collectors.joining("\n"))));
        outline.stream().filter(n -> n.pageBody() != null)
                .forEach(n -> texts.add(new ScreenedText("text", CoursePages.text(n.pageBody()))));
        return new ReviewableVersion(facts, texts.stream().filter(t -> t.text() != null && !t.text().isBlank())
                .toList());
    }

    /** The outline as a self-contained HTML page (served sandboxed to the reviewers). */
    public SubjectContent content(long subjectId, StandardCourse version, List<CourseNodeView> outline) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
                .append(escape(version.getName())).append("</title></head><body><h1>")
                .append(escape(version.getName())).append("</h1>");
        appendText(html, version.getIntroduction());
        appendText(html, version.getObjectives());
        html.append("<ol>");
        for (CourseNodeView n : outline) {
            html.append("<li data-depth=\"").append(n.depth()).append("\" style=\"margin-left:")
                    .append((n.depth() - 1) * 2).append("em\">").append(escape(n.title()));
            if (n.resource() != null) {
                html.append(" — ").append(escape(n.resource().title())).append(" [")
                        .append(escape(n.resource().kind())).append(n.available() ? "" : ", unavailable").append(']');
            }
            n.parts().forEach(p -> html.append("<br>· ").append(escape(p.title())));
            if (n.pageBody() != null) {
                html.append("<div>").append(CoursePages.sanitise(n.pageBody())).append("</div>");
            }
            html.append("</li>");
        }
        html.append("</ol></body></html>");
        byte[] bytes = html.toString().getBytes(StandardCharsets.UTF_8);
        String sha = CourseNodeFingerprint.sha256(html.toString());
        try {
            Path file = Path.of(System.getProperty("java.io.tmpdir"), "zyk-course-" + sha + ".html");
            if (!Files.exists(file)) {
                Files.write(file, bytes);
            }
            return new SubjectContent(subjectId, file, "text/html", bytes.length, sha,
                    "course-" + subjectId + ".html", false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String outlineSha256(List<CourseNodeView> outline) {
        return CourseNodeFingerprint.sha256(outline.stream().map(n -> n.nodeKey() + ":" + n.contentHash())
                .collect(Collectors.joining("\n")));
    }

    static String metadataSha256(StandardCourse c) {
        return CourseNodeFingerprint.sha256(String.join("\u0000", c.getCode(), c.getName(),
                String.valueOf(c.getMajorId()), plain(c.getHours()), plain(c.getCredits()),
                String.valueOf(c.getIntroduction()), String.valueOf(c.getObjectives()),
                String.valueOf(c.getStandardText()), c.getPortalTemplate().name(), String.valueOf(c.getCoverSha256())));
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    private static void appendText(StringBuilder html, String text) {
        if (text != null && !text.isBlank()) {
            html.append("<p>").append(escape(text)).append("</p>");
        }
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
