package org.ziyuanku.service.exam.internal.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.ziyuanku.domain.exam.ChoiceScoring;
import org.ziyuanku.service.exam.QuestionDraft;
import org.ziyuanku.service.exam.QuestionFileFormat;
import org.ziyuanku.service.exam.QuestionFileWriter;

/**
 * Writes Moodle XML that Moodle 4.x imports: a category pseudo-question ({@code $course$/top/<category>}), then per
 * question its type's elements with CDATA texts and the draft images back as base64 {@code <file>}s under
 * {@code @@PLUGINFILE@@}. Single choice → multichoice single; multiple choice → multichoice with each correct answer
 * worth 100/n% and each wrong one −100% (all-or-nothing) or 0% (partial), as {@link MoodleQuestionParser} reads them;
 * true/false → truefalse; a one-blank fill-in → shortanswer, several blanks → cloze (multianswer); short answer →
 * essay; matching; ordering (qtype_ordering). Moodle has no difficulty; a compound question is written as its
 * sub-questions.
 */
@ApplicationScoped
public class MoodleXmlWriter implements QuestionFileWriter {

    @Override
    public QuestionFileFormat format() {
        return QuestionFileFormat.MOODLE_XML;
    }

    @Override
    public byte[] write(String categoryName, List<QuestionDraft> questions) {
        MoodleXmlOut out = new MoodleXmlOut();
        out.line("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        out.line("<quiz>");
        out.line("  <question type=\"category\">");
        out.line("    <category><text>" + MoodleXmlOut.escape("$course$/top/"
                + (categoryName == null || categoryName.isBlank() ? "ZiYuanKu" : categoryName.replace("/", "／")))
                + "</text></category>");
        out.line("    <info format=\"html\"><text></text></info>");
        out.line("  </question>");
        for (QuestionDraft q : Flatten.questions(questions)) {
            question(out, q);
        }
        out.line("</quiz>");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void question(MoodleXmlOut out, QuestionDraft q) {
        boolean cloze = q.type() == org.ziyuanku.domain.exam.QuestionType.FILL_BLANK && q.key().blanks().size() > 1;
        String type = switch (q.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> "multichoice";
            case TRUE_FALSE -> "truefalse";
            case FILL_BLANK -> cloze ? "multianswer" : "shortanswer";
            case SHORT_ANSWER -> "essay";
            case MATCHING -> "matching";
            case ORDERING -> "ordering";
            case COMPOUND -> throw new IllegalArgumentException("compound questions are flattened");
        };
        out.line("  <question type=\"" + type + "\">");
        out.line("    <name><text>" + MoodleXmlOut.escape(name(q)) + "</text></name>");
        String stem = cloze ? MoodleCloze.text(q.stem(), q.key().blanks()) : q.stem();
        out.richField("questiontext", stem, q);
        out.richField("generalfeedback", q.analysis(), q);
        if (q.points() != null) {
            out.line("    <defaultgrade>" + q.points().stripTrailingZeros().toPlainString() + "</defaultgrade>");
        }
        out.line("    <penalty>0.3333333</penalty>");
        out.line("    <hidden>0</hidden>");
        out.line("    <idnumber></idnumber>");
        body(out, q);
        if (!q.knowledgePoints().isEmpty()) {
            out.line("    <tags>");
            q.knowledgePoints().forEach(k -> out.line("      <tag><text>" + MoodleXmlOut.cdata(k) + "</text></tag>"));
            out.line("    </tags>");
        }
        out.line("  </question>");
    }

    private static String name(QuestionDraft q) {
        String label = RichText.label(q.stem());
        return label.isEmpty() ? q.type().name() : label;
    }

    private static void body(MoodleXmlOut out, QuestionDraft q) {
        switch (q.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> choices(out, q);
            case TRUE_FALSE -> {
                out.answer(Boolean.TRUE.equals(q.key().truth()) ? "100" : "0", "true", null);
                out.answer(Boolean.FALSE.equals(q.key().truth()) ? "100" : "0", "false", null);
            }
            case FILL_BLANK -> {
                if (q.key().blanks().size() == 1) {
                    out.line("    <usecase>0</usecase>");
                    q.key().blanks().get(0).forEach(a -> out.answer("100", a, null));
                }
            }
            case SHORT_ANSWER -> essay(out, q);
            case MATCHING -> matching(out, q);
            case ORDERING -> ordering(out, q);
            case COMPOUND -> {
            }
        }
    }

    private static void choices(MoodleXmlOut out, QuestionDraft q) {
        boolean single = q.type() == org.ziyuanku.domain.exam.QuestionType.SINGLE_CHOICE;
        out.line("    <single>" + single + "</single>");
        out.line("    <shuffleanswers>true</shuffleanswers>");
        out.line("    <answernumbering>ABCD</answernumbering>");
        out.line("    <showstandardinstruction>0</showstandardinstruction>");
        int right = q.key().correct().size();
        boolean allOrNothing = q.key().scoring() == ChoiceScoring.ALL_OR_NOTHING;
        boolean anyWrong = q.options().size() > right;
        String rightFraction = single || allOrNothing && !anyWrong ? "100" : MoodleXmlOut.fraction(100.0 / right);
        String wrongFraction = !single && allOrNothing ? "-100" : "0";
        for (int i = 0; i < q.options().size(); i++) {
            out.answer(q.key().correct().contains(i) ? rightFraction : wrongFraction, q.options().get(i), q);
        }
    }

    private static void essay(MoodleXmlOut out, QuestionDraft q) {
        out.line("    <responseformat>editor</responseformat>");
        out.line("    <responserequired>1</responserequired>");
        out.line("    <responsefieldlines>10</responsefieldlines>");
        out.line("    <attachments>0</attachments>");
        out.line("    <attachmentsrequired>0</attachmentsrequired>");
        out.richField("graderinfo", q.key().reference() == null ? "" : q.key().reference(), q);
        out.line("    <responsetemplate format=\"html\"><text></text></responsetemplate>");
    }

    private static void matching(MoodleXmlOut out, QuestionDraft q) {
        out.line("    <shuffleanswers>true</shuffleanswers>");
        for (int i = 0; i < q.prompts().size(); i++) {
            out.subquestion(q.prompts().get(i), q.options().get(q.key().correct().get(i)), q);
        }
        for (int i = 0; i < q.options().size(); i++) {
            if (!q.key().correct().contains(i)) {
                out.subquestion("", q.options().get(i), q);
            }
        }
    }

    private static void ordering(MoodleXmlOut out, QuestionDraft q) {
        out.line("    <layouttype>VERTICAL</layouttype>");
        out.line("    <selecttype>ALL</selecttype>");
        out.line("    <selectcount>0</selectcount>");
        out.line("    <gradingtype>ABSOLUTE_POSITION</gradingtype>");
        out.line("    <showgrading>SHOW</showgrading>");
        out.line("    <numberingstyle>none</numberingstyle>");
        for (int i = 0; i < q.options().size(); i++) {
            out.answer(Integer.toString(i + 1), q.options().get(i), q);
        }
    }
}
