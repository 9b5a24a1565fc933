/** The REST API's root and its error handling; versioned endpoints live in {@code v1.<ctx>}. */
package org.ziyuanku.web.api;
