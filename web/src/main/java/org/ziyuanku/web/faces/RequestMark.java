package org.ziyuanku.web.faces;

import java.io.Serializable;
import java.util.UUID;
import org.omnifaces.util.Faces;

/**
 * Whether a view-scoped bean has read what its page shows in the current request. Such a bean keeps only ids and
 * form values in the view (the session is replicated, so what it holds stays small) and reads its lists again on every
 * request, as a request-scoped bean did: it calls {@link #mark()} once it has read them and asks {@link #marked()}
 * before using them. The mark is a request attribute; the bean keeps only its key.
 */
public final class RequestMark implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String key = RequestMark.class.getName() + "." + UUID.randomUUID();

    /** Notes that the bean has read its page's data in this request. */
    public void mark() {
        Faces.setRequestAttribute(key, Boolean.TRUE);
    }

    /** Whether {@link #mark()} was called in this request. */
    public boolean marked() {
        return Faces.getRequestAttribute(key) != null;
    }
}
