package org.ziyuanku.service.review;

import org.ziyuanku.service.system.RefusedException;

/**
 * Text a user wrote (a title, a description, later a comment or a question) holds words the sensitive-word
 * dictionary blocks; nothing of it is stored. The key is {@code review.screen.blocked} and its one argument names the
 * blocked words as the dictionary has them.
 */
public class SensitiveWordBlockedException extends RefusedException {

    static final String KEY = "review.screen.blocked";

    private static final long serialVersionUID = 1L;

    public SensitiveWordBlockedException(String words) {
        super(KEY, words);
    }
}
