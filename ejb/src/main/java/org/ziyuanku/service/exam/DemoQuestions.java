package org.ziyuanku.service.exam;

import java.math.BigDecimal;
import java.util.List;
import org.ziyuanku.domain.exam.ChoiceScoring;
import org.ziyuanku.domain.exam.PaperKind;
import org.ziyuanku.domain.exam.QuestionType;

/** The demo questions of the welding library: a few of every type, one with a formula, one with a picture. */
final class DemoQuestions {

    static final String PICTURE = "joint.png";

    private DemoQuestions() {
    }

    private static QuestionDraft choice(String stem, List<String> options, int correct, int difficulty,
            String point) {
        return new QuestionDraft(QuestionType.SINGLE_CHOICE, stem, options, null,
                AnswerKey.choices(List.of(correct), null), "", difficulty, List.of(point), null, null, null);
    }

    private static QuestionDraft multiple(String stem, List<String> options, List<Integer> correct,
            ChoiceScoring scoring, String point) {
        return new QuestionDraft(QuestionType.MULTIPLE_CHOICE, stem, options, null,
                AnswerKey.choices(correct, scoring), "", 3, List.of(point), null, null, null);
    }

    private static QuestionDraft truth(String stem, boolean truth, String analysis, String point) {
        return new QuestionDraft(QuestionType.TRUE_FALSE, stem, null, null, AnswerKey.truth(truth), analysis, 2,
                List.of(point), null, null, null);
    }

    private static QuestionDraft blanks(String stem, List<List<String>> answers, String point) {
        return new QuestionDraft(QuestionType.FILL_BLANK, stem, null, null, AnswerKey.blanks(answers), "", 3,
                List.of(point), null, null, null);
    }

    private static QuestionDraft essay(String stem, String reference, String point) {
        return new QuestionDraft(QuestionType.SHORT_ANSWER, stem, null, null, AnswerKey.reference(reference), "", 4,
                List.of(point), new BigDecimal("10"), null, null);
    }

    /** The title of the demo RANDOM paper. */
    static final String PAPER_TITLE = "焊接基础测验";

    /** The demo paper's rules, which the demo questions above meet (DemoQuestionsTest): 10 questions, 100 points. */
    static PaperDraft paper() {
        return new PaperDraft(PAPER_TITLE, PaperKind.RANDOM, List.of(), List.of(
                rule(QuestionType.SINGLE_CHOICE, 4, "10"), rule(QuestionType.MULTIPLE_CHOICE, 2, "10"),
                rule(QuestionType.TRUE_FALSE, 2, "5"), rule(QuestionType.FILL_BLANK, 1, "10"),
                rule(QuestionType.SHORT_ANSWER, 1, "20")));
    }

    private static PaperDraft.RuleDraft rule(QuestionType type, int count, String points) {
        return new PaperDraft.RuleDraft(type, null, null, null, count, new BigDecimal(points));
    }

    /** The drafts; the picture's bytes are added by the caller under {@link #PICTURE}. */
    static List<QuestionDraft> drafts(List<DraftImage> picture) {
        return List.of(
                choice("焊条电弧焊时，焊条直径主要根据什么选择？", List.of("焊件厚度", "焊工等级", "电源种类", "焊缝长度"),
                        0, 2, "焊条电弧焊"),
                choice("低碳钢焊接时最常用的焊条是哪一类？", List.of("E4303", "E308-16", "EZNi-1", "E5515-G"), 0, 2, "焊接材料"),
                choice("<p>焊接热输入 \\(q = \\frac{\\eta U I}{v}\\) 中，\\(v\\) 表示：</p>",
                        List.of("焊接速度", "电弧电压", "焊接电流", "热效率"), 0, 3, "焊接参数"),
                new QuestionDraft(QuestionType.SINGLE_CHOICE,
                        "<p>下图所示的接头形式是：</p><p><img src=\"zyk-draft:" + PICTURE + "\" alt=\"接头\"></p>",
                        List.of("对接接头", "T 形接头", "角接接头", "搭接接头"), null, AnswerKey.choices(List.of(0), null),
                        "两板在同一平面内相对焊接，为对接接头。", 2, List.of("焊接接头"), null, null, picture),
                multiple("焊缝外观检验可以发现哪些缺陷？", List.of("咬边", "焊瘤", "内部气孔", "表面裂纹"), List.of(0, 1, 3),
                        ChoiceScoring.PARTIAL, "焊缝检验"),
                multiple("氩弧焊的保护气体可以是：", List.of("氩气", "氦气", "氧气", "氩氦混合气"), List.of(0, 1, 3),
                        ChoiceScoring.ALL_OR_NOTHING, "焊接方法"),
                truth("焊接电流越大，熔深越大。", true, "在其他条件不变时，电流增大，熔深增大。", "焊接参数"),
                truth("焊前预热的目的是增大焊接应力。", false, "预热可减小冷却速度，降低焊接应力和淬硬倾向。", "焊接工艺"),
                blanks("焊条由____和____两部分组成。", List.of(List.of("焊芯"), List.of("药皮")), "焊接材料"),
                blanks("CO<sub>2</sub> 气体保护焊的保护气体是（）。", List.of(List.of("二氧化碳", "CO2")), "焊接方法"),
                essay("简述焊接裂纹的主要类型及预防措施。", "热裂纹、冷裂纹、再热裂纹、层状撕裂；控制成分、预热、控制热输入、后热与消氢处理。",
                        "焊接缺陷"),
                new QuestionDraft(QuestionType.MATCHING, "将焊接方法与其英文缩写对应：", List.of("SMAW", "GTAW", "GMAW"),
                        List.of("焊条电弧焊", "钨极氩弧焊", "熔化极气体保护焊"), AnswerKey.choices(List.of(0, 1, 2), null), "",
                        3, List.of("焊接方法"), null, null, null),
                new QuestionDraft(QuestionType.ORDERING, "将焊条电弧焊的操作步骤排序：",
                        List.of("清理坡口", "装配定位焊", "引弧", "运条焊接", "收弧与清渣"), null, null, "", 3,
                        List.of("焊条电弧焊"), null, null, null),
                new QuestionDraft(QuestionType.COMPOUND, "<p>案例：某厂焊接 Q345 钢板（厚 20 mm），焊后发现焊缝附近出现裂纹。</p>",
                        null, null, null, "", 4, List.of("焊接缺陷"), null, List.of(
                                truth("该裂纹可能是冷裂纹。", true, "", "焊接缺陷"),
                                choice("防止该类裂纹最有效的措施是：", List.of("焊前预热", "增大电流", "提高焊速", "减少清理"), 0, 3,
                                        "焊接工艺"),
                                essay("说明焊后热处理的作用。", "消除残余应力，促进氢逸出，改善组织性能。", "焊接工艺")), null));
    }
}
