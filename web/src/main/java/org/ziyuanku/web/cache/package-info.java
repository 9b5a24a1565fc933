/**
 * What anonymous visitors see, answered from each node's cache of rendered pages while the cluster's public-content
 * generation stays the same (issue 17, item 3; docs/architecture.md, "Caching").
 */
package org.ziyuanku.web.cache;
