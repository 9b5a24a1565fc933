package org.ziyuanku.service.teaching;

import java.io.Serializable;

/** A question similar to a typed title: its id, title, status and the similarity (0 to 1, character bigrams). */
public record SimilarQuestionView(long id, String title, String status, double similarity) implements Serializable {
}
