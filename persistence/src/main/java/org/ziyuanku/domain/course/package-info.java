/**
 * Standard courses (标准化课程): a library's course with an outline of modules → topics → items, each item a
 * reference (never a copy) to a published resource of any library, a 积件 (a named, reusable assembly of resources) or
 * a page of rich text. Resources are referenced by id only: this package imports no other context's entity.
 */
package org.ziyuanku.domain.course;
