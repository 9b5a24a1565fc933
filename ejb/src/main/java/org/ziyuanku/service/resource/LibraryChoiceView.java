package org.ziyuanku.service.resource;

import java.io.Serializable;

/** A library one may upload into, for choosing in a form. */
public record LibraryChoiceView(long id, String name) implements Serializable {
}
