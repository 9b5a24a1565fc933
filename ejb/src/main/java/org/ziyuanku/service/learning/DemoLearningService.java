package org.ziyuanku.service.learning;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.ziyuanku.service.learning.internal.DemoProgressRows;
import org.ziyuanku.service.teaching.DemoOffering;

/**
 * For evaluation installs: the demo student's progress in the demo offering, as honest heartbeats would have left it
 * two days ago: 焊接安全须知 (audio) heard to the end, 平焊操作示范 (video) watched half way, where "continue" resumes.
 */
@Stateless
public class DemoLearningService {

    @Inject
    private DemoProgressRows rows;

    /** Writes the progress once (existing rows are kept). */
    public void ensureDemoProgress(DemoOffering offering) {
        rows.mediaItem(offering.offeringId(), "焊接安全须知").ifPresent(audio ->
                rows.covered(offering.enrolmentId(), audio, audio.durationSeconds()));
        rows.mediaItem(offering.offeringId(), "平焊操作示范").ifPresent(video -> {
            int half = Math.max(1, video.durationSeconds() / 2);
            rows.covered(offering.enrolmentId(), video, half);
            rows.resumeAt(offering.enrolmentId(), video, half);
        });
    }
}
