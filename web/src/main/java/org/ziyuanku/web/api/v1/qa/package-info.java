/** REST for library Q&A (答疑) and the library's FAQ: {@code /api/v1/library-questions}, {@code /api/v1/library-answers}. */
package org.ziyuanku.web.api.v1.qa;
