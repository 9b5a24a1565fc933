package org.ziyuanku.web.console.teaching;

import java.io.Serializable;

/**
 * A text posted to one class of an offering or to all of them, as typed on the notices and discussions pages: the class
 * chosen (empty: every class), the title and the body. The service checks every rule.
 */
public class ClassPostForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String classId = "";
    private String title;
    private String body;

    /** The class chosen; null for the whole offering. */
    Long target() {
        return TeachingPages.classOrAll(classId);
    }

    /** Empties the title and the body once posted (the class stays chosen). */
    void clear() {
        title = null;
        body = null;
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

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
