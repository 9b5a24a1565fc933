package org.ziyuanku.service.review;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import org.ziyuanku.domain.review.ReviewedItem;
import org.ziyuanku.service.review.internal.ReviewRecordRepository;
import org.ziyuanku.service.review.internal.ReviewSteps;
import org.ziyuanku.service.review.internal.ReviewSubjects;

/**
 * The review record of a published item (资源审核记录), for everybody, as the library's acceptance files need it:
 * every step with who (name, role, unit), when, what they decided and the hashes of exactly what they reviewed. Open
 * to anonymous callers (outside the virtual security domain), like the item itself.
 */
@Stateless
@PermitAll
public class ReviewRecordService {

    @Inject
    private ReviewSubjects subjects;

    @Inject
    private ReviewRecordRepository records;

    /** The record of the published item; empty when there is no such public item. */
    public Optional<ReviewRecordView> recordOf(String type, long itemId) {
        return subjects.of(type).published(itemId).map(version -> {
            ReviewedItem item = version.item();
            return new ReviewRecordView(item.subjectType(), item.subjectId(), item.title(), item.subjectVersion(),
                    item.contentSha256(), item.metadataSha256(),
                    ReviewSteps.of(records.ofSubject(item.subjectType(), item.subjectId())));
        });
    }
}
