/**
 * The course API ({@code /api/v1/courses}): published standard courses for everybody, and for their teams creating
 * courses, describing them, editing outlines, new versions, the team and 积件 ({@code /api/v1/courses/assemblies}).
 */
package org.ziyuanku.web.api.v1.course;
