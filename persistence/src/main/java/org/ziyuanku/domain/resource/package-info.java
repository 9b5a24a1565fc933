/**
 * Granular teaching resources (颗粒化资源): the smallest unit of a library, one knowledge or skill point or one complete
 * media item, with its descriptive attributes, its content held once per SHA-256 in the shared blob store, its
 * counters, and its place in the recycle bin.
 */
package org.ziyuanku.domain.resource;
