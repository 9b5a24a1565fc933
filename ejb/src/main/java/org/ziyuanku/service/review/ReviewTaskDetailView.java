package org.ziyuanku.service.review;

import java.io.Serializable;
import java.util.List;

/** A task as its reviewer examines it: the task, how to show the content, and the texts with flagged words marked. */
public record ReviewTaskDetailView(ReviewTaskView task, ReviewPreview preview, List<FieldText> texts)
        implements Serializable {

    /** One reviewed text (title, description …, the extracted text clipped) split into plain and flagged parts. */
    public record FieldText(String field, List<TextSegment> segments) implements Serializable {
    }
}
