package org.ziyuanku.service.identity;

import java.io.Serializable;

/** A school a person can choose when verifying their real name: one with a roster. */
public record SchoolView(long id, String name) implements Serializable {
}
