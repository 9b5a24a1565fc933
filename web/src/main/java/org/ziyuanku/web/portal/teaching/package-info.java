/** Portal pages of teaching (issue 13): a published offering with its visible outline, for anyone. */
package org.ziyuanku.web.portal.teaching;
