package org.ziyuanku.service.qa;

import java.io.Serializable;

/**
 * An answered question of the library like the typed text: its title, best answer, similarity 0–1, and whether it is
 * close enough for the learner to be offered it before posting ({@code close}).
 */
public record SimilarLibraryQuestionView(long id, Long resourceId, String title, String bestAnswer, double similarity,
        boolean close) implements Serializable {
}
