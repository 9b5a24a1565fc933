/** The question bank's REST interface ({@code /api/v1/questions}; issue 15). */
package org.ziyuanku.web.api.v1.exam;
