package org.ziyuanku.service.exam.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.ziyuanku.domain.course.CourseNodeFingerprint;
import org.ziyuanku.domain.exam.Question;
import org.ziyuanku.domain.exam.QuestionKey;
import org.ziyuanku.domain.identity.UserAccount;
import org.ziyuanku.domain.library.ResourceLibrary;
import org.ziyuanku.domain.review.ReviewedItem;
import org.ziyuanku.service.identity.Accounts;
import org.ziyuanku.service.library.Libraries;
import org.ziyuanku.service.review.ReviewableVersion;
import org.ziyuanku.service.review.ScreenedText;
import org.ziyuanku.service.review.SubjectContent;

/**
 * A question version as the review engine keeps it: its facts (the content hash over stem, options, prompts, key,
 * analysis and sub-questions; the metadata hash over difficulty, points and knowledge points; the contributing unit is
 * the author's organisation), the texts reviewers read and the screen checks (stem, each option, the answer in words,
 * analysis, knowledge points; a compound question's parts after it), and a self-contained HTML page of it.
 */
@ApplicationScoped
public class QuestionReviewVersions {

    private static final int TITLE = 60;

    @Inject
    private Libraries libraries;

    @Inject
    private Accounts accounts;

    public ReviewableVersion of(Question version) {
        boolean pending = version.isPendingVersion();
        ResourceLibrary library = libraries.find(version.getLibraryId());
        Long host = library == null || library.getHostUnits().isEmpty() ? null : library.getHostUnits().get(0).getId();
        Long unit = accounts.withIds(List.of(version.getAuthorId())).stream().map(UserAccount::getOrganisation)
                .filter(o -> o != null).map(o -> o.getId()).findFirst().orElse(null);
        ReviewedItem facts = new ReviewedItem(QuestionReviewSubjects.TYPE,
                pending ? version.getRevisionOf() : version.getId(), pending ? version.getId() : null,
                version.getRevision(), version.getLibraryId(), unit, host, version.getAuthorId(), title(version),
                "QUESTION", null, CourseNodeFingerprint.sha256(content(version)),
                CourseNodeFingerprint.sha256(version.getDifficulty() + "\u0000" + version.getPoints().stripTrailingZeros().toPlainString()
                        + "\u0000" + String.join("\u0001", version.getKnowledgePoints())));
        List<ScreenedText> texts = new ArrayList<>();
        addTexts(texts, version, "");
        texts.add(new ScreenedText("knowledgePoints", String.join("、", version.getKnowledgePoints())));
        return new ReviewableVersion(facts, texts.stream().filter(t -> t.text() != null && !t.text().isBlank())
                .toList());
    }

    /** The version as a self-contained HTML page (served sandboxed to the reviewers). */
    public SubjectContent content(long subjectId, Question version) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
                .append(escape(title(version))).append("</title></head><body>");
        appendHtml(html, version);
        html.append("</body></html>");
        byte[] bytes = html.toString().getBytes(StandardCharsets.UTF_8);
        String sha = CourseNodeFingerprint.sha256(html.toString());
        try {
            Path file = Path.of(System.getProperty("java.io.tmpdir"), "zyk-question-" + sha + ".html");
            if (!Files.exists(file)) {
                Files.write(file, bytes);
            }
            return new SubjectContent(subjectId, file, "text/html", bytes.length, sha,
                    "question-" + subjectId + ".html", false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The answer in words: option letters, √ or ×, the accepted answers per blank, pairs, the order, the reference. */
    static String answer(Question q) {
        QuestionKey key = q.getKey();
        return switch (q.getType()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> key.correct().stream().map(QuestionReviewVersions::letter)
                    .collect(Collectors.joining("、")) + (q.getScoring() == null ? "" : "（" + q.getScoring() + "）");
            case TRUE_FALSE -> Boolean.TRUE.equals(key.truth()) ? "√" : "×";
            case FILL_BLANK -> IntStream.range(0, key.blanks().size())
                    .mapToObj(i -> "(" + (i + 1) + ") " + String.join(" / ", key.blanks().get(i)))
                    .collect(Collectors.joining("；"));
            case MATCHING -> IntStream.range(0, key.correct().size())
                    .mapToObj(i -> (i + 1) + "→" + letter(key.correct().get(i))).collect(Collectors.joining("；"));
            case ORDERING -> IntStream.range(0, q.getOptions().size()).mapToObj(QuestionReviewVersions::letter)
                    .collect(Collectors.joining("→"));
            case SHORT_ANSWER -> QuestionText.text(key.reference());
            case COMPOUND -> "";
        };
    }

    private static void addTexts(List<ScreenedText> texts, Question q, String prefix) {
        texts.add(new ScreenedText("stem", prefix + QuestionText.text(q.getStem())));
        List<String> options = q.getOptions();
        for (int i = 0; i < options.size(); i++) {
            texts.add(new ScreenedText("option", prefix + letter(i) + ". " + QuestionText.text(options.get(i))));
        }
        List<String> prompts = q.getPrompts();
        for (int i = 0; i < prompts.size(); i++) {
            texts.add(new ScreenedText("prompt", prefix + (i + 1) + ". " + QuestionText.text(prompts.get(i))));
        }
        texts.add(new ScreenedText("answer", prefix + answer(q)));
        texts.add(new ScreenedText("analysis", QuestionText.text(q.getAnalysis())));
        List<Question> parts = q.getParts();
        for (int i = 0; i < parts.size(); i++) {
            addTexts(texts, parts.get(i), prefix + "(" + (i + 1) + ") ");
        }
    }

    private static void appendHtml(StringBuilder html, Question q) {
        html.append("<section data-type=\"").append(q.getType()).append("\"><div class=\"stem\">")
                .append(q.getStem()).append("</div>");
        appendList(html, "ol type=\"1\"", "prompts", q.getPrompts());
        appendList(html, "ol type=\"A\"", "options", q.getOptions());
        html.append("<p class=\"answer\"><strong>答案 / Answer:</strong> ").append(escape(answer(q))).append("</p>");
        if (q.getAnalysis() != null && !q.getAnalysis().isBlank()) {
            html.append("<div class=\"analysis\"><strong>解析 / Analysis:</strong> ").append(q.getAnalysis())
                    .append("</div>");
        }
        q.getParts().forEach(p -> appendHtml(html, p));
        html.append("</section>");
    }

    private static void appendList(StringBuilder html, String tag, String css, List<String> items) {
        if (!items.isEmpty()) {
            html.append('<').append(tag).append(" class=\"").append(css).append("\">");
            items.forEach(i -> html.append("<li>").append(i).append("</li>"));
            html.append("</ol>");
        }
    }

    private static String content(Question q) {
        StringBuilder all = new StringBuilder(q.getType().name()).append('\u0000').append(q.getStem());
        q.getOptions().forEach(o -> all.append('\u0001').append(o));
        q.getPrompts().forEach(p -> all.append('\u0002').append(p));
        all.append('\u0000').append(q.getKey()).append('\u0000').append(q.getScoring()).append('\u0000')
                .append(q.getAnalysis());
        q.getParts().forEach(p -> all.append('\u0003').append(content(p)));
        return all.toString();
    }

    private static String title(Question q) {
        String text = QuestionText.text(q.getStem());
        return "#" + q.getId() + " " + (text.length() > TITLE ? text.substring(0, TITLE) + "…" : text);
    }

    private static String letter(int index) {
        return String.valueOf((char) ('A' + index));
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
