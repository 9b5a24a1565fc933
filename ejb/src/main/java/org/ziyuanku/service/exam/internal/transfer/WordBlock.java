package org.ziyuanku.service.exam.internal.transfer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ziyuanku.domain.exam.QuestionType;
import org.ziyuanku.service.exam.ParsedQuestion;
import org.ziyuanku.service.exam.internal.transfer.DraftRules.ProblemException;
import org.ziyuanku.service.exam.internal.transfer.WordQuestionReader.Line;
import org.ziyuanku.service.exam.internal.transfer.WordQuestionReader.Picture;

/**
 * One question block of a Word file. The first line is "1." / "1、" / "（1）", optionally with a type tag (【单选题】,
 * [多选] …), then the stem; option lines "A." "A、" "A．" (several options may share a line); 【答案】 and 【解析】 lines,
 * and optional 【难度】, 【知识点】, 【分值】 (also written "答案：" …). Untagged lines continue the field above them.
 * Without a tag the type is inferred: options with one answer letter → single choice, several → multiple; 对/错 → true
 * or false; a blank (____ or （）) → fill-in; else a short answer. Matching has no Word form and is rejected; the answer
 * syntax is {@link AnswerText}'s.
 */
final class WordBlock {

    private static final Pattern START = Pattern.compile("^\\s*(?:\\d{1,4}\\s*[.．、]|[（(]\\s*\\d{1,4}\\s*[)）])\\s*(.*)$",
            Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("^\\s*[【\\[]\\s*([^】\\]]{1,8}?)\\s*[】\\]]\\s*[:：]?\\s*(.*)$",
            Pattern.DOTALL);
    private static final Pattern FIELD = Pattern.compile("^\\s*(答案|解析|难度|知识点|分值)\\s*[:：]\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern OPTION = Pattern.compile("^\\s*([A-Ha-h])\\s*[.．、:：]\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern NEXT_OPTION = Pattern.compile("\\s+(?=[B-H]\\s*[.．、])");

    private final List<Line> lines;
    private final ImageSet images = new ImageSet();
    private String typeTag = "";
    private final StringBuilder stem = new StringBuilder();
    private final List<String> options = new ArrayList<>();
    private final StringBuilder answer = new StringBuilder();
    private final StringBuilder analysis = new StringBuilder();
    private String difficulty = "";
    private String knowledge = "";
    private String points = "";
    private String field = "stem";

    WordBlock(List<Line> lines) {
        this.lines = lines;
    }

    /** The blocks of a document: each from a numbered line to the next. */
    static List<List<Line>> split(List<Line> lines) {
        List<List<Line>> blocks = new ArrayList<>();
        for (Line line : lines) {
            if (START.matcher(line.html()).matches()) {
                blocks.add(new ArrayList<>());
            }
            if (!blocks.isEmpty() && !line.html().isBlank()) {
                blocks.get(blocks.size() - 1).add(line);
            }
        }
        return blocks;
    }

    ParsedQuestion parse(int position) {
        String label = RichText.label(START.matcher(lines.get(0).html()).replaceFirst("$1"));
        try {
            for (int i = 0; i < lines.size(); i++) {
                line(i == 0 ? first(lines.get(0)) : pictures(lines.get(i)));
            }
            QuestionType type = type();
            if (type == QuestionType.MATCHING) {
                throw new ProblemException("unsupportedType", typeTag);
            }
            String stemHtml = stem.toString().strip();
            if (RichText.isBlank(stemHtml)) {
                throw new ProblemException("emptyStem");
            }
            return DraftRules.judge(position, label, new TemplateQuestion(type, stemHtml, List.of(), options,
                    RichText.unescape(answer.toString().replace("<br>", "\n")), analysis.toString().strip(),
                    AnswerText.difficulty(difficulty), AnswerText.knowledgePoints(RichText.unescape(knowledge)),
                    AnswerText.points(points), images.images()).draft());
        } catch (ProblemException e) {
            return e.problem().at(position, label);
        }
    }

    private String first(Line line) {
        Matcher start = START.matcher(pictures(line));
        start.matches();
        String rest = start.group(1);
        Matcher tag = TAG.matcher(rest);
        if (tag.matches() && AnswerText.type(tag.group(1)).isPresent() || tag.matches() && tag.group(1).contains("题")) {
            typeTag = tag.group(1).strip();
            rest = tag.group(2);
        }
        return rest;
    }

    private void line(String html) {
        Matcher tag = TAG.matcher(html);
        Matcher named = FIELD.matcher(html);
        Optional<String[]> tagged = tag.matches() ? Optional.of(new String[] {tag.group(1), tag.group(2)})
                : named.matches() ? Optional.of(new String[] {named.group(1), named.group(2)}) : Optional.empty();
        if (tagged.isPresent() && field(tagged.get()[0].strip(), tagged.get()[1].strip())) {
            return;
        }
        Matcher option = OPTION.matcher(html);
        if (option.matches() && !field.equals("answer") && !field.equals("analysis")) {
            for (String part : NEXT_OPTION.split(html.strip())) {
                Matcher o = OPTION.matcher(part);
                options.add(o.matches() ? o.group(2).strip() : part.strip());
            }
            field = "option";
            return;
        }
        append(html.strip());
    }

    private boolean field(String name, String value) {
        switch (name) {
            case "答案", "参考答案", "正确答案" -> answer.append(value);
            case "解析", "答案解析" -> analysis.append(value);
            case "难度" -> difficulty = RichText.visible(value);
            case "知识点" -> knowledge = RichText.visible(value);
            case "分值", "分数" -> points = RichText.visible(value);
            default -> {
                return false;
            }
        }
        field = switch (name) {
            case "答案", "参考答案", "正确答案" -> "answer";
            case "解析", "答案解析" -> "analysis";
            default -> "other";
        };
        return true;
    }

    private void append(String html) {
        switch (field) {
            case "stem" -> stem.append(stem.isEmpty() ? "" : "<br>").append(html);
            case "option" -> options.set(options.size() - 1, options.get(options.size() - 1) + "<br>" + html);
            case "answer" -> answer.append("<br>").append(html);
            case "analysis" -> analysis.append(analysis.isEmpty() ? "" : "<br>").append(html);
            default -> {
            }
        }
    }

    private QuestionType type() {
        if (!typeTag.isEmpty()) {
            return AnswerText.type(typeTag).orElseThrow(() -> new ProblemException("unknownType", typeTag));
        }
        String a = RichText.visible(answer.toString());
        if (!options.isEmpty()) {
            return a.replaceAll("[^A-Za-zＡ-Ｚａ-ｚ]", "").length() > 1 ? QuestionType.MULTIPLE_CHOICE
                    : QuestionType.SINGLE_CHOICE;
        }
        try {
            AnswerText.truth(a);
            return QuestionType.TRUE_FALSE;
        } catch (ProblemException e) {
            return RichText.blanks(stem.toString()) > 0 ? QuestionType.FILL_BLANK : QuestionType.SHORT_ANSWER;
        }
    }

    /** The line's text with its pictures added to the question's images and shown as draft images. */
    private String pictures(Line line) {
        String html = line.html();
        for (Picture p : line.pictures()) {
            html = html.replace(p.mark(), "<img src=\"zyk-draft:" + images.add(p.fileName(), p.bytes()) + "\">");
        }
        return html;
    }
}
