package org.ziyuanku.domain.teaching;

/** Single choice, multiple choice (optionally at most n), a scale 1..N with end labels, free text. */
public enum SurveyItemKind {
    SINGLE, MULTIPLE, SCALE, TEXT
}
