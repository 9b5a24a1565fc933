package org.ziyuanku.service.qa;

import java.io.Serializable;
import java.util.List;

/** A library's FAQ (常见问题): the library and its promoted questions, each with its best answer. */
public record LibraryFaqView(long libraryId, String libraryName, List<LibraryQuestionView> questions)
        implements Serializable {
}
