package org.ziyuanku.web.console.teaching;

import java.io.Serializable;

/**
 * What every teaching form addressed to one class of an offering, or to all of them, types first: the class chosen
 * (empty: every class) and the title. Notices, discussions, homework, questionnaires and exams extend it.
 */
public abstract class ClassTitledForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String classId = "";
    private String title;

    /** The class chosen; null for the whole offering. */
    Long target() {
        return TeachingPages.classOrAll(classId);
    }

    public String getClassId() {
        return classId;
    }

    public void setClassId(String classId) {
        this.classId = classId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }
}
