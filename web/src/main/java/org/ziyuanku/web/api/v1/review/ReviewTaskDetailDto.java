package org.ziyuanku.web.api.v1.review;

import java.util.List;
import org.ziyuanku.service.review.ReviewPreview;
import org.ziyuanku.service.review.ReviewTaskDetailView;
import org.ziyuanku.service.review.TextSegment;

/** A task as its reviewer examines it in the API: the task, how to show the content, the texts with flagged words. */
public record ReviewTaskDetailDto(ReviewTaskDto task, PreviewDto preview, List<FieldTextDto> texts) {

    /** How the content can be shown: kind, format, media type, and the converted preview when it is ready. */
    public record PreviewDto(String kind, String format, String mediaType, boolean converted,
            String convertedMediaType) {

        static PreviewDto of(ReviewPreview p) {
            return new PreviewDto(p.kind(), p.format(), p.mediaType(), p.converted(), p.convertedMediaType());
        }
    }

    /** One reviewed text split into plain and flagged runs. */
    public record FieldTextDto(String field, List<SegmentDto> segments) {
    }

    /** A run of text, plain or a flagged word. */
    public record SegmentDto(String text, boolean flagged) {

        static SegmentDto of(TextSegment s) {
            return new SegmentDto(s.text(), s.flagged());
        }
    }

    public static ReviewTaskDetailDto of(ReviewTaskDetailView v) {
        return new ReviewTaskDetailDto(ReviewTaskDto.of(v.task()), PreviewDto.of(v.preview()), v.texts().stream()
                .map(t -> new FieldTextDto(t.field(), t.segments().stream().map(SegmentDto::of).toList())).toList());
    }
}
