package org.ziyuanku.service.review;

import java.io.Serializable;

/** One review level and how many open tasks of it a reviewer may decide (a typed query projection). */
public record ReviewLevelCount(Integer level, Long count) implements Serializable {
}
