package org.ziyuanku.service.identity;

import java.io.Serializable;

/** What a person types to verify their real name: their school, their name and staff or student number. */
public record BindRealNameCommand(Long organisationId, String personName, String memberNumber) implements Serializable {
}
