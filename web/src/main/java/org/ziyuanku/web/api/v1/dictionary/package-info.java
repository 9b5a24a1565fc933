/** {@code /api/v1/dictionary}: the data dictionary's code lists, read-only, for integrators and forms. */
package org.ziyuanku.web.api.v1.dictionary;
