package org.ziyuanku.web.console.teaching;

/**
 * A text posted to one class of an offering or to all of them, as typed on the notices and discussions pages: the class
 * chosen (empty: every class), the title and the body. The service checks every rule.
 */
public class ClassPostForm extends ClassTitledForm {

    private static final long serialVersionUID = 1L;

    private String body;

    /** Empties the title and the body once posted (the class stays chosen). */
    void clear() {
        setTitle(null);
        body = null;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
