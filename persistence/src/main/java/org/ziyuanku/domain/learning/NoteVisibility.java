package org.ziyuanku.domain.learning;

/** Who reads a learner's note (笔记): only its author, or also the author's class (notes on course items only). */
public enum NoteVisibility {
    PRIVATE, CLASS
}
