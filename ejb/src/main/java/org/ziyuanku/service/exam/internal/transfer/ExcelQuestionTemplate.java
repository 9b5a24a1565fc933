package org.ziyuanku.service.exam.internal.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The Excel question template users download: the sheet 题目 with the header row and four example questions, and the
 * sheet 说明 explaining each column and the answer syntax. The headers are Chinese whatever the user's language, as
 * the reader recognises them.
 */
@ApplicationScoped
public class ExcelQuestionTemplate {

    private static final List<List<String>> HELP = List.of(
            List.of("题型", "必填。单选题、多选题、判断题、填空题、简答题、匹配题、排序题（也可写 SINGLE_CHOICE 等英文名）。"),
            List.of("题干", "必填。纯文本，换行保留；公式用 TeX 写在 \\( \\) 或 $$ $$ 之间，如 \\(I = U/R\\)。"
                    + "填空题的空用四个以上下划线 ____ 或（）标出，未标出时空位加在题干末尾。"
                    + "匹配题在题干末尾逐行列出左侧各项：“1. …”“2. …”。"),
            List.of("选项A…选项H", "选择题的选项、匹配题右侧各项、排序题待排序的各项，从 A 起依次填写，不留空列。"),
            List.of("答案", "单选题：A；多选题：ACD；判断题：对/错（也可写 正确、错误、T、F、√、×）；"
                    + "填空题：各空答案用“；”“;”或“|”分隔，同一空的多个可接受答案用“/”分隔，如 焊条/电焊条；直流；"
                    + "简答题：参考答案（可空）；匹配题：1-B;2-A（左侧第 1 项对应选项 B）；排序题：正确顺序，如 CABD。"),
            List.of("解析", "可空。答题后显示的解析。"),
            List.of("难度", "可空。1（易）到 5（难），也可写 易、较易、中等、较难、难；空则为 3。"),
            List.of("知识点", "可空。多个知识点用“，”“,”或“、”分隔。"),
            List.of("分值", "可空。正数，如 2 或 1.5；空则用该题型的默认分值。"),
            List.of("其他", "表头行不可删改；空行跳过；多选题按“少选得一半分、错选不得分”计分。每个文件最多 2000 题。"));

    private static final List<List<String>> EXAMPLES = List.of(
            List.of("单选题", "焊条电弧焊时，焊接电流主要根据什么选择？", "焊条直径", "焊工等级", "焊机品牌", "环境温度", "", "", "", "",
                    "A", "焊接电流主要根据焊条直径选择，其次考虑焊接位置和接头形式。", "2", "焊条电弧焊，焊接参数", "2"),
            List.of("多选题", "下列属于常见焊接缺陷的有：", "气孔", "夹渣", "未焊透", "焊缝余高适中", "", "", "", "", "ABC",
                    "焊缝余高适中是合格焊缝的特征。", "3", "焊接缺陷", "3"),
            List.of("判断题", "进入密闭容器内焊接时必须有专人监护。", "", "", "", "", "", "", "", "", "对", "", "1", "安全规范", "1"),
            List.of("填空题", "CO₂ 气体保护焊的保护气体是____，熔化极惰性气体保护焊简称____。", "", "", "", "", "", "", "", "",
                    "二氧化碳/CO2；MIG/MIG焊", "", "2", "气体保护焊", "2"));

    /** The template workbook (.xlsx). */
    public byte[] template() {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            ExcelLayout.sheet(book, ExcelLayout.SHEET, ExcelLayout.headers(), EXAMPLES, 16);
            helpSheet(book);
            return ExcelLayout.bytes(book);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void helpSheet(XSSFWorkbook book) {
        ExcelLayout.sheet(book, ExcelLayout.HELP_SHEET, List.of("列", "说明"), new ArrayList<>(HELP), 90);
        book.getSheet(ExcelLayout.HELP_SHEET).setColumnWidth(0, 16 * 256);
    }
}
