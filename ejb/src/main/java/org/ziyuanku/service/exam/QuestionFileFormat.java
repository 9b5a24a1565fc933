package org.ziyuanku.service.exam;

/** The files questions are imported from and exported to (issue 15 item 2). */
public enum QuestionFileFormat {
    /** The Excel template (.xlsx): 题型, 题干, 选项A…选项H, 答案, 解析, 难度, 知识点, 分值. Import and template. */
    EXCEL,
    /** Word (.docx): one question per block, 【答案】/【解析】 lines, images kept. Import. */
    WORD,
    /** Moodle XML, with base64 @@PLUGINFILE@@ images and the category pseudo-question. Import and export. */
    MOODLE_XML,
    /** GIFT text. Import. */
    GIFT,
    /** QTI 2.1 or 3.0 items, alone or in a content package (.zip). Import; export as QTI 3.0. */
    QTI
}
