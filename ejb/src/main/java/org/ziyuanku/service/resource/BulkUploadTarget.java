package org.ziyuanku.service.resource;

/**
 * Where a bulk upload goes: a library and, optionally, a course (code and name) and module that every file inherits.
 * Folders in the archive add what the target leaves open: course, then module, then knowledge points.
 */
public record BulkUploadTarget(long libraryId, String courseCode, String courseName, String moduleName) {
}
