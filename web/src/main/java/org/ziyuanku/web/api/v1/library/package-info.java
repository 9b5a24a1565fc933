/** {@code /api/v1/libraries}: the public library catalogue as JSON. */
package org.ziyuanku.web.api.v1.library;
