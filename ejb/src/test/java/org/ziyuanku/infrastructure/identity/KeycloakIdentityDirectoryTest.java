package org.ziyuanku.infrastructure.identity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class KeycloakIdentityDirectoryTest {

    @Test
    void nameParts_surnameFirst() {
        assertArrayEquals(new String[] {"张", "三"}, KeycloakIdentityDirectory.nameParts("张三"));
        assertArrayEquals(new String[] {"欧", "阳修"}, KeycloakIdentityDirectory.nameParts(" 欧阳修 "));
        assertArrayEquals(new String[] {"Li", "Lei"}, KeycloakIdentityDirectory.nameParts("Li Lei"));
        assertArrayEquals(new String[] {"王", "王"}, KeycloakIdentityDirectory.nameParts("王"));
    }
}
