package org.ziyuanku.it.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ziyuanku.it.Deployments;
import org.ziyuanku.it.support.Http;

/** The library catalogue's REST API as a client sees it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ResourceLibraryEndpointIT {

    private static final String API = Deployments.BASE_URL + "/api/v1";

    @Test
    void search_digitalMedia_returnsLibrary118WithItsHost() {
        HttpResponse<String> response = Http.get(API + "/libraries?q=" + Http.encode("数字媒体"));
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(response.body().contains("\"name\":\"数字媒体专业群\""), response.body());
        assertTrue(response.body().contains("\"hosts\":[\"深圳信息职业技术学院\"]"), response.body());
        assertTrue(response.body().contains("\"total\":1"), response.body());
    }

    @Test
    void search_numericalControl_findsBothLibraries() {
        String body = Http.get(API + "/libraries?q=" + Http.encode("数控")).body();
        assertTrue(body.contains("数控技术") && body.contains("数控设备应用与维护"), body);
    }

    @Test
    void list_filtersByCategoryAndLevel_andPages() {
        String body = Http.get(API + "/libraries?category=51&level=national&size=5&page=1").body();
        assertTrue(body.contains("\"page\":1") && body.contains("\"size\":5"), body);
        assertTrue(body.contains("\"categoryCode\":\"51\"") && !body.contains("\"categoryCode\":\"41\""), body);
        assertTrue(Http.get(API + "/libraries?size=500").body().contains("\"total\":203"));
        String byName = Http.get(API + "/libraries?size=500&category=" + Http.encode("电子信息大类")).body();
        assertTrue(byName.contains("数字媒体专业群") && !byName.contains("\"categoryCode\":\"41\""), byName);
    }

    @Test
    void library2_listsItsThreeHostsInOrder() {
        String body = Http.get(API + "/libraries/2").body();
        assertTrue(body.contains("\"hosts\":[\"江苏农牧科技职业学院\",\"山东畜牧兽医职业学院\",\"湖北生物科技职业学院\"]"), body);
    }

    @Test
    void badParameters_answer400WithAJsonMessage_inTheCallersLanguage() {
        HttpResponse<String> negative = Http.get(API + "/libraries?page=-1");
        assertEquals(400, negative.statusCode());
        assertTrue(negative.body().contains("\"parameter\":\"page\"") && negative.body().contains("不小于 0"),
                negative.body());
        for (String bad : new String[] {"page=abc", "size=0", "size=501", "level=city", "category=XX"}) {
            HttpResponse<String> response = Http.get(API + "/libraries?" + bad);
            assertEquals(400, response.statusCode(), bad);
            assertTrue(response.body().startsWith("{\""), bad + " gives JSON: " + response.body());
        }
        HttpResponse<String> english = Http.get(API + "/libraries?size=0", null, "en-US,en;q=0.9");
        assertTrue(english.body().contains("must be between 1 and 500"), english.body());
    }

    @Test
    void unknownLibrary_is404Json_andHealthIsUp() {
        HttpResponse<String> missing = Http.get(API + "/libraries/999999");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("\"status\":404"), missing.body());
        HttpResponse<String> health = Http.get(API + "/health");
        assertEquals(200, health.statusCode());
        assertEquals("{\"database\":\"UP\",\"status\":\"UP\"}", health.body());
    }
}
